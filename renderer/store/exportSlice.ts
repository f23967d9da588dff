import type { StateCreator } from 'zustand/vanilla';
import { baseName, type ExportFile, type ExportJob } from '../export/job';
import {
  effectiveFps,
  isSingleFrame,
  normalizeOptions,
  outputSize,
  partsOf,
  type ExportFormat,
  type ExportOptions,
} from '../export/options';
import type { Exporter, ExportRun } from '../export/service';
import { clampRange, type StepRange } from '../export/timing';
import type { Store } from './types';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; done: number; total: number; startedAt: number }
  | {
      kind: 'done';
      format: ExportFormat;
      name: string;
      size: number;
      millis: number;
      frames?: number;
      duration?: number;
      note?: string;
    }
  | { kind: 'failed'; format: ExportFormat; error: string }
  | { kind: 'cancelled'; format: ExportFormat }
  | { kind: 'copied' };

export interface ExportSlice {
  /** The person's choices, remembered between exports (and sessions). */
  exportOptions: ExportOptions;
  /** Steps selected on the timeline, if any: the default range of an export. */
  timelineSelection: StepRange | null;
  /** The range the next export covers, as chosen (put in order and clamped when used); null is the whole trace. */
  exportRange: StepRange | null;
  exportStatus: ExportStatus;
  setExportOptions(patch: Partial<ExportOptions>): void;
  setTimelineSelection(range: StepRange | null): void;
  /** Marks the current step as the selection's first step (keyboard: I). */
  markSelectionStart(): void;
  /** Marks the current step as the selection's last step (keyboard: O). */
  markSelectionEnd(): void;
  setExportRange(range: StepRange | null): void;
  /** Opens the export dialog, its range set to the timeline's selection (or the whole trace). */
  openExport(): void;
  /** Makes the file in the chosen format, then saves it. */
  startExport(): Promise<void>;
  cancelExport(): void;
  /** Copies the current frame, as the chosen options draw it, to the clipboard as a PNG. */
  copyFrame(): Promise<void>;
}

const OPTIONS_KEY = 'loopscope.export.v1';

export const createExportSlice =
  (
    exporter: Exporter,
    storage: Storage | null = safeStorage(),
  ): StateCreator<Store, [], [], ExportSlice> =>
  (set, get) => {
    let run: ExportRun | null = null;
    const jobFor = (format: ExportFormat): ExportJob | null => {
      const s = get();
      if (!s.trace || !s.index) return null;
      const options = { ...s.exportOptions, format };
      const range = clampRange(s.exportRange, s.index.stepCount);
      const single = isSingleFrame(format);
      return {
        format,
        trace: s.trace,
        range,
        step: s.step,
        output: outputSize(options),
        fps: effectiveFps(options),
        speed: options.speed,
        theme: options.theme === 'screen' ? s.theme : options.theme,
        parts: partsOf(options),
        fontScale: s.fontScale,
        name: baseName(
          s.exampleId ?? 'loopscope',
          s.exportRange && !single ? range : null,
          single ? s.step : null,
        ),
      };
    };

    return {
      exportOptions: restoreOptions(storage),
      timelineSelection: null,
      exportRange: null,
      exportStatus: { kind: 'idle' },
      setExportOptions(patch) {
        const exportOptions = normalizeOptions({ ...get().exportOptions, ...patch });
        set({ exportOptions });
        try {
          storage?.setItem(OPTIONS_KEY, JSON.stringify(exportOptions));
        } catch {
          // Storage full or denied: remembering is a convenience only.
        }
      },
      setTimelineSelection: (range) =>
        set({
          timelineSelection: range
            ? { from: Math.min(range.from, range.to), to: Math.max(range.from, range.to) }
            : null,
        }),
      markSelectionStart() {
        const { index, step, timelineSelection } = get();
        if (!index) return;
        const last = Math.max(0, index.stepCount - 1);
        // A start after the selection's end starts a new selection that runs to the last step.
        const to = timelineSelection && timelineSelection.to >= step ? timelineSelection.to : last;
        get().setTimelineSelection({ from: step, to });
      },
      markSelectionEnd() {
        const { index, step, timelineSelection } = get();
        if (!index) return;
        const from =
          timelineSelection && timelineSelection.from <= step ? timelineSelection.from : 0;
        get().setTimelineSelection({ from, to: step });
      },
      setExportRange: (exportRange) => set({ exportRange }),
      openExport() {
        const { timelineSelection } = get();
        // The status stays: it tells how the last export went, even if the dialog was closed.
        set({
          overlay: 'export',
          playing: false,
          exportRange: timelineSelection ? { ...timelineSelection } : null,
        });
      },
      async startExport() {
        if (run) return;
        const format = get().exportOptions.format;
        const job = jobFor(format);
        if (!job) {
          set({ exportStatus: { kind: 'failed', format, error: 'Run the program first.' } });
          return;
        }
        const startedAt = performance.now();
        set({ exportStatus: { kind: 'running', format, done: 0, total: 1, startedAt } });
        const current = exporter.start(job, ({ done, total }) => {
          if (run === current)
            set({ exportStatus: { kind: 'running', format, done, total, startedAt } });
        });
        run = current;
        const outcome = await current.result;
        if (run !== current) return;
        run = null;
        if (outcome.kind === 'cancelled') {
          set({ exportStatus: { kind: 'cancelled', format } });
          return;
        }
        if (outcome.kind === 'failed') {
          set({ exportStatus: { kind: 'failed', format, error: outcome.error } });
          return;
        }
        const file = outcome.file;
        const saved = await exporter.save(file);
        if (saved.kind === 'failed') {
          set({ exportStatus: { kind: 'failed', format, error: `Not saved: ${saved.reason}` } });
          return;
        }
        if (saved.kind === 'canceled') {
          set({ exportStatus: { kind: 'cancelled', format } });
          return;
        }
        set({
          exportStatus: {
            kind: 'done',
            format,
            name: saved.name,
            size: file.bytes.byteLength,
            millis: performance.now() - startedAt,
            frames: file.frames,
            duration: file.duration,
            note: file.note,
          },
        });
      },
      cancelExport() {
        const current = run;
        if (!current) return;
        run = null;
        current.cancel();
        const status = get().exportStatus;
        if (status.kind === 'running')
          set({ exportStatus: { kind: 'cancelled', format: status.format } });
      },
      async copyFrame() {
        const job = jobFor('png');
        if (!job) {
          set({ exportStatus: { kind: 'failed', format: 'png', error: 'Run the program first.' } });
          return;
        }
        const png = exporter
          .start(job, () => {})
          .result.then((outcome): ExportFile => {
            if (outcome.kind === 'done') return outcome.file;
            throw new Error(outcome.kind === 'failed' ? outcome.error : 'cancelled');
          });
        try {
          await exporter.copyImage(png);
          set({ exportStatus: { kind: 'copied' } });
        } catch (e) {
          set({
            exportStatus: {
              kind: 'failed',
              format: 'png',
              error: `Not copied: ${e instanceof Error ? e.message : String(e)}`,
            },
          });
        }
      },
    };
  };

function restoreOptions(storage: Storage | null): ExportOptions {
  try {
    return normalizeOptions(JSON.parse(storage?.getItem(OPTIONS_KEY) ?? 'null'));
  } catch {
    // Unreadable choices are forgotten: the defaults are fine.
    return normalizeOptions(null);
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
