/**
 * The export dialog: what to make (format, range, size, frame rate, speed, theme, panels,
 * captions), a summary of what that gives, and the progress of the export under way.
 */
import { useMemo, useState } from 'react';
import { THEME_NAMES, type ThemeName } from '../scene/theme';
import { SPEEDS } from '../store/playbackSlice';
import type { ExportStatus } from '../store/exportSlice';
import { useApp, useAppStoreApi } from '../view/context';
import { Dialog } from '../view/Dialog';
import './export.css';
import {
  EXPORT_FORMATS,
  FORMAT_LABELS,
  FPS_CHOICES,
  GIF_MAX_FPS,
  isSingleFrame,
  MAX_DURATION_MS,
  MAX_SIDE,
  MIN_SIDE,
  outputSize,
  PANEL_LABELS,
  PANEL_PARTS,
  effectiveFps,
  type ExportFormat,
  type ResolutionPreset,
} from './options';
import { clampRange, formatDuration, planFrames, planTimeline } from './timing';

const RESOLUTION_LABELS: Record<ResolutionPreset, string> = {
  '720p': '720p (1280×720)',
  '1080p': '1080p (1920×1080)',
  '4k': '4K (3840×2160)',
  custom: 'Custom…',
};

const THEME_LABELS: Record<ThemeName | 'screen', string> = {
  screen: 'As on screen',
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
};

export function ExportDialog() {
  const store = useAppStoreApi();
  const actions = store.getState();
  const options = useApp((s) => s.exportOptions);
  const range = useApp((s) => s.exportRange);
  const status = useApp((s) => s.exportStatus);
  const index = useApp((s) => s.index);
  const step = useApp((s) => s.step);
  const stale = useApp((s) => s.trace !== null && s.trace.source !== s.source);
  const format = options.format;
  const single = isSingleFrame(format);
  const animated = !single && format !== 'html';
  const running = status.kind === 'running';
  const stepCount = index?.stepCount ?? 0;
  const chosen = clampRange(range, stepCount);

  const summary = useMemo(() => {
    if (!index) return null;
    const size = outputSize(options);
    if (single) return { text: `Step ${step + 1} · ${size.width}×${size.height}`, tooLong: false };
    const timeline = planTimeline(index, chosen, options.speed);
    const stops = `${timeline.stops.length} event steps`;
    if (format === 'html')
      return { text: `${stops} · plays ${formatDuration(timeline.duration)}`, tooLong: false };
    const fps = effectiveFps(options);
    const tooLong = timeline.duration > MAX_DURATION_MS;
    const frames = tooLong ? null : planFrames(timeline, fps).frameCount;
    return {
      text:
        `${stops} · ${formatDuration(timeline.duration)} · ` +
        `${frames === null ? 'too long' : `${frames} frames`} at ${fps} fps · ${size.width}×${size.height}`,
      tooLong,
    };
  }, [index, options, single, step, chosen.from, chosen.to, format]);

  const set = actions.setExportOptions;

  return (
    <Dialog title="Export" testId="export-dialog">
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.startExport();
        }}
      >
        <fieldset className="export-formats" disabled={running}>
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className={`export-format ${f === format ? 'on' : ''}`}>
              <input
                type="radio"
                name="export-format"
                value={f}
                checked={f === format}
                data-testid={`export-format-${f}`}
                onChange={() => set({ format: f })}
              />
              {FORMAT_LABELS[f]}
            </label>
          ))}
        </fieldset>

        <fieldset disabled={running || single} className="export-range">
          <legend>Range</legend>
          <label>
            <input
              type="radio"
              name="export-range"
              checked={range === null}
              data-testid="export-range-whole"
              onChange={() => actions.setExportRange(null)}
            />
            Whole trace
          </label>
          <label>
            <input
              type="radio"
              name="export-range"
              checked={range !== null}
              data-testid="export-range-steps"
              onChange={() => actions.setExportRange(chosen)}
            />
            Steps
          </label>
          <StepInput
            label="First step"
            testId="export-range-from"
            value={(range ?? chosen).from + 1}
            max={stepCount}
            disabled={range === null}
            onCommit={(from) => actions.setExportRange({ ...(range ?? chosen), from: from - 1 })}
          />
          <span>to</span>
          <StepInput
            label="Last step"
            testId="export-range-to"
            value={(range ?? chosen).to + 1}
            max={stepCount}
            disabled={range === null}
            onCommit={(to) => actions.setExportRange({ ...(range ?? chosen), to: to - 1 })}
          />
          <span className="export-muted">of {stepCount}</span>
        </fieldset>

        <div className="export-grid">
          <label>
            <span>Size</span>
            <select
              value={options.resolution}
              data-testid="export-resolution"
              disabled={running || format === 'html'}
              onChange={(e) => set({ resolution: e.target.value as ResolutionPreset })}
            >
              {(Object.keys(RESOLUTION_LABELS) as ResolutionPreset[]).map((r) => (
                <option key={r} value={r}>
                  {RESOLUTION_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          {options.resolution === 'custom' && format !== 'html' ? (
            <label>
              <span>Width × height</span>
              <span className="export-pair">
                <input
                  type="number"
                  min={MIN_SIDE}
                  max={MAX_SIDE}
                  value={options.custom.width}
                  aria-label="Width in pixels"
                  data-testid="export-width"
                  disabled={running}
                  onChange={(e) =>
                    set({ custom: { ...options.custom, width: Number(e.target.value) } })
                  }
                />
                ×
                <input
                  type="number"
                  min={MIN_SIDE}
                  max={MAX_SIDE}
                  value={options.custom.height}
                  aria-label="Height in pixels"
                  data-testid="export-height"
                  disabled={running}
                  onChange={(e) =>
                    set({ custom: { ...options.custom, height: Number(e.target.value) } })
                  }
                />
              </span>
            </label>
          ) : null}
          <label>
            <span>Frames per second</span>
            <select
              value={options.fps}
              data-testid="export-fps"
              disabled={running || !animated}
              onChange={(e) => set({ fps: Number(e.target.value) })}
            >
              {FPS_CHOICES.map((fps) => (
                <option key={fps} value={fps}>
                  {fps}
                  {format === 'gif' && fps > GIF_MAX_FPS ? ` (GIF: ${GIF_MAX_FPS})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Speed</span>
            <select
              value={options.speed}
              data-testid="export-speed"
              disabled={running || single}
              onChange={(e) => set({ speed: Number(e.target.value) })}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Theme</span>
            <select
              value={options.theme}
              data-testid="export-theme"
              disabled={running}
              onChange={(e) => set({ theme: e.target.value as ThemeName | 'screen' })}
            >
              {(['screen', ...THEME_NAMES] as const).map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
        </div>

        <fieldset className="export-panels" disabled={running}>
          <legend>Show</legend>
          <label>
            <input
              type="checkbox"
              checked={options.captions}
              data-testid="export-captions"
              onChange={(e) => set({ captions: e.target.checked })}
            />
            Captions
          </label>
          {PANEL_PARTS.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={options.panels.includes(p)}
                data-testid={`export-panel-${p}`}
                onChange={(e) =>
                  set({
                    panels: e.target.checked
                      ? [...options.panels, p]
                      : options.panels.filter((x) => x !== p),
                  })
                }
              />
              {PANEL_LABELS[p]}
            </label>
          ))}
        </fieldset>

        <p className="export-summary" data-testid="export-summary">
          {summary ? summary.text : 'Run the program to export it.'}
          {summary?.tooLong ? (
            <strong>
              {' '}
              Too long to export (at most {formatDuration(MAX_DURATION_MS)}): choose fewer steps or
              a higher speed.
            </strong>
          ) : null}
          {stale ? <span> · exports the last run, not the edited code</span> : null}
        </p>

        <ExportProgress status={status} />

        <div className="export-actions">
          {running ? (
            <button type="button" data-testid="export-cancel" onClick={actions.cancelExport}>
              Cancel
            </button>
          ) : (
            <>
              <button
                type="button"
                data-testid="export-copy"
                disabled={!index}
                title="Copy the current frame to the clipboard as a PNG"
                onClick={() => void actions.copyFrame()}
              >
                Copy frame
              </button>
              <button
                type="submit"
                className="primary"
                data-testid="export-start"
                disabled={!index || summary?.tooLong === true || options.panels.length === 0}
              >
                Export {EXPORT_LABELS[format]}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/**
 * A step number field: what is typed stays as typed while it is being typed (a range is put in
 * order and within the trace when it is used, not on every keystroke).
 */
function StepInput(props: {
  label: string;
  testId: string;
  value: number;
  max: number;
  disabled: boolean;
  onCommit(step: number): void;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      type="number"
      className="export-step"
      aria-label={props.label}
      data-testid={props.testId}
      min={1}
      max={props.max}
      value={text ?? String(props.value)}
      disabled={props.disabled}
      onChange={(e) => {
        setText(e.target.value);
        const step = Number(e.target.value);
        if (e.target.value !== '' && Number.isInteger(step)) props.onCommit(step);
      }}
      onBlur={() => setText(null)}
    />
  );
}

const EXPORT_LABELS: Record<ExportFormat, string> = {
  gif: 'GIF',
  webm: 'WebM',
  mp4: 'MP4',
  png: 'PNG',
  svg: 'SVG',
  'png-zip': 'PNG sequence',
  html: 'HTML player',
};

function ExportProgress({ status }: { status: ExportStatus }) {
  if (status.kind === 'idle') return null;
  if (status.kind === 'running') {
    const fraction = status.total > 0 ? status.done / status.total : 0;
    const elapsed = performance.now() - status.startedAt;
    const left = status.done > 0 ? (elapsed / status.done) * (status.total - status.done) : null;
    return (
      <div className="export-status" data-testid="export-status" data-kind="running">
        <progress
          value={status.done}
          max={status.total}
          data-testid="export-progress"
          aria-label="Export progress"
        />
        <span>
          {Math.floor(fraction * 100)}%
          {left === null ? ' · starting…' : ` · about ${formatDuration(left)} left`}
        </span>
      </div>
    );
  }
  const text =
    status.kind === 'done'
      ? `Saved ${status.name} (${formatBytes(status.size)}) in ${(status.millis / 1000).toFixed(1)} s` +
        (status.frames !== undefined ? ` · ${status.frames} frames` : '')
      : status.kind === 'copied'
        ? 'The frame is on the clipboard.'
        : status.kind === 'cancelled'
          ? 'Cancelled: nothing was saved.'
          : status.error;
  return (
    <div
      className={`export-status ${status.kind === 'failed' ? 'error' : ''}`}
      data-testid="export-status"
      data-kind={status.kind}
      data-name={status.kind === 'done' ? status.name : undefined}
      data-frames={status.kind === 'done' ? status.frames : undefined}
      data-duration={status.kind === 'done' ? status.duration : undefined}
      data-millis={status.kind === 'done' ? Math.round(status.millis) : undefined}
      role={status.kind === 'failed' ? 'alert' : 'status'}
    >
      <span>{text}</span>
      {status.kind === 'done' && status.note ? (
        <span className="export-note" data-testid="export-note">
          {status.note}
        </span>
      ) : null}
    </div>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
