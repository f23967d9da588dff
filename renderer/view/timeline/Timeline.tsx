/**
 * The timeline: a scrubber over the whole trace. Markers (task starts, microtask checkpoints,
 * console lines, errors) are drawn once per size on a canvas; the playhead is a positioned
 * element; hovering shows a preview of that step painted from its Scene; dragging follows the
 * pointer, each step rebuilt from the nearest keyframe (never a replay). A drag seeks from
 * `pointerrawupdate` where the browser has it, as soon as the input arrives rather than when the
 * next frame starts (./dragSeek.ts), and from `pointermove` elsewhere.
 * Shift+drag selects a range of steps instead (keys I and O mark its ends, Esc clears it): the
 * range an export covers unless the person chooses another.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { layoutScene } from '../../scene/layout';
import { paintCanvas } from '../../scene/paintCanvas';
import { sceneInputAt } from '../../scene/sceneInput';
import { themeNamed } from '../../scene/theme';
import type { TraceIndex } from '../../scene/traceIndex';
import { useApp, useAppStoreApi } from '../context';
import { createDragSeeker, hasPointerRawUpdate, type DragSeeker } from './dragSeek';
import { drawMarkers, stepAtX, xOfStep } from './scale';

const PREVIEW_W = 288;
const PREVIEW_SCENE = { width: 1000, height: 640, fontScale: 1 };

interface Hover {
  x: number;
  step: number;
  caption: string;
}

export function Timeline() {
  const store = useAppStoreApi();
  const index = useApp((s) => s.index);
  const theme = useApp((s) => s.theme);
  const selection = useApp((s) => s.timelineSelection);
  const track = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<Hover | null>(null);
  /** While dragging: turns pointer positions into seeks, and ends the drag. */
  const drag = useRef<{ seeker: DragSeeker; stop: () => void } | null>(null);
  /** While shift-dragging: the step the selection started from. */
  const selectingFrom = useRef<number | null>(null);

  // Hidden mid-drag: stop listening to raw updates.
  useEffect(() => () => drag.current?.stop(), []);

  useEffect(() => {
    const el = track.current!;
    const observer = new ResizeObserver(() =>
      setWidth(Math.round(el.getBoundingClientRect().width)),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Markers: redrawn when the trace, the width or the theme changes, not when the step does.
  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const height = c.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round(height * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // From the theme itself: the CSS variables may not be updated yet when this effect runs.
    const ui = themeNamed(theme).ui;
    const colour = (name: string) => ui[name] ?? '#888888';
    drawMarkers(ctx, index, width, height, {
      track: colour('--surface-2'),
      border: colour('--border'),
      task: colour('--marker-task'),
      microtask: colour('--marker-microtask'),
      console: colour('--marker-console'),
      error: colour('--marker-error'),
    });
  }, [index, width, theme]);

  const stepAt = useCallback(
    (clientX: number, idx: TraceIndex) => {
      const rect = track.current!.getBoundingClientRect();
      return stepAtX(clientX - rect.left, rect.width, idx.stepCount);
    },
    [track],
  );

  const showPreview = (clientX: number) => {
    const state = store.getState();
    const { trace, index: idx } = state;
    if (!trace || !idx) return;
    const target = stepAt(clientX, idx);
    const rect = track.current!.getBoundingClientRect();
    const input = sceneInputAt(trace, idx, target);
    setHover({ x: clientX - rect.left, step: target, caption: input.caption });
    const c = preview.current;
    if (!c) return;
    const scale = PREVIEW_W / PREVIEW_SCENE.width;
    const dpr = window.devicePixelRatio || 1;
    const h = Math.round(PREVIEW_SCENE.height * scale);
    if (c.width !== Math.round(PREVIEW_W * dpr)) {
      c.width = Math.round(PREVIEW_W * dpr);
      c.height = Math.round(h * dpr);
    }
    const ctx = c.getContext('2d');
    if (ctx)
      paintCanvas(ctx, layoutScene(input, PREVIEW_SCENE, themeNamed(state.theme)), {
        scale: scale * dpr,
      });
  };

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const idx = store.getState().index;
    if (!idx || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setHover(null);
    if (e.shiftKey) {
      const from = stepAt(e.clientX, idx);
      selectingFrom.current = from;
      store.getState().setTimelineSelection({ from, to: from });
      return;
    }
    store.getState().setScrubbing(true);
    drag.current = startDrag(e.currentTarget, e.pointerId);
    drag.current.seeker.move(e.clientX);
  };
  /** The track's box is read once per drag: reading it after a seek would force a layout. */
  const startDrag = (el: HTMLDivElement, pointerId: number) => {
    const rect = el.getBoundingClientRect();
    const seeker = createDragSeeker((clientX) => {
      const state = store.getState();
      if (!state.index) return;
      const target = stepAtX(clientX - rect.left, rect.width, state.index.stepCount);
      // A position on the step shown seeks nothing, unless it must stop playback.
      if (target !== state.step || state.playing) state.seek(target);
    });
    if (!hasPointerRawUpdate()) return { seeker, stop: () => {} };
    // TypeScript's DOM types give raw updates the type Event; they are PointerEvents.
    const onRawUpdate = (event: Event) => {
      const pointer = event as PointerEvent;
      if (pointer.pointerId === pointerId) seeker.move(pointer.clientX);
    };
    el.addEventListener('pointerrawupdate', onRawUpdate);
    // Listened to only while dragging: raw updates cost the browser work for every input.
    return { seeker, stop: () => el.removeEventListener('pointerrawupdate', onRawUpdate) };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const idx = store.getState().index;
    if (!idx) return;
    const from = selectingFrom.current;
    if (from !== null) store.getState().setTimelineSelection({ from, to: stepAt(e.clientX, idx) });
    // With raw updates this position was usually sought already, and seeks nothing.
    else if (drag.current) drag.current.seeker.move(e.clientX);
    else showPreview(e.clientX);
  };
  const endDrag = (e?: React.PointerEvent<HTMLDivElement>) => {
    if (selectingFrom.current !== null) {
      selectingFrom.current = null;
      // A shift-click without a drag selects nothing (and clears what was selected).
      const s = store.getState().timelineSelection;
      if (s && s.from === s.to) store.getState().setTimelineSelection(null);
      return;
    }
    const ending = drag.current;
    if (!ending) return;
    drag.current = null;
    ending.stop();
    // The step under the pointer where it is let go, whatever was still waiting for a frame.
    if (e?.type === 'pointerup') ending.seeker.move(e.clientX);
    ending.seeker.finish();
    store.getState().setScrubbing(false);
  };

  const total = index?.stepCount ?? 0;
  const previewLeft = hover
    ? Math.max(0, Math.min(width - PREVIEW_W - 16, hover.x - PREVIEW_W / 2))
    : 0;

  return (
    <div className="timeline">
      <div
        ref={track}
        className="timeline-track"
        data-testid="timeline"
        role="slider"
        tabIndex={-1}
        aria-label="Timeline"
        aria-valuemin={0}
        aria-valuemax={Math.max(0, total - 1)}
        aria-disabled={!index}
        data-markers-tasks={index?.markers.taskStarts.length ?? 0}
        data-markers-checkpoints={index?.markers.checkpoints.length ?? 0}
        data-markers-console={index?.markers.consoleLines.length ?? 0}
        data-markers-errors={index?.markers.errors.length ?? 0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={endDrag}
        onPointerLeave={() => setHover(null)}
      >
        <canvas ref={canvas} className="timeline-markers" />
        {selection && index ? (
          <div
            className="timeline-selection"
            data-testid="timeline-selection"
            data-from={selection.from}
            data-to={selection.to}
            aria-label={`Selected steps ${selection.from + 1} to ${selection.to + 1}`}
            style={selectionBand(selection, width, total)}
          />
        ) : null}
        <Playhead track={track} width={width} total={total} />
        {hover ? (
          <div
            className="timeline-hover"
            style={{ transform: `translateX(${xOfStep(hover.step, width, total)}px)` }}
          />
        ) : null}
      </div>
      <div
        className="timeline-preview"
        data-testid="timeline-preview"
        hidden={!hover}
        style={{ left: previewLeft }}
      >
        <canvas ref={preview} style={{ width: PREVIEW_W }} />
        <div className="timeline-preview-text">
          <b data-testid="timeline-preview-step">Step {hover ? hover.step + 1 : ''}</b>{' '}
          {hover?.caption}
        </div>
      </div>
    </div>
  );
}

/**
 * The played part of the track and the playhead: the only parts of the timeline that follow every
 * step, so a drag renders them alone rather than the whole timeline.
 */
function Playhead(props: {
  track: RefObject<HTMLDivElement | null>;
  width: number;
  total: number;
}) {
  const { track, width, total } = props;
  const step = useApp((s) => s.step);
  const x = xOfStep(step, width, total);
  // The slider's value, written here for the same reason (the track renders without it).
  useLayoutEffect(() => track.current?.setAttribute('aria-valuenow', String(step)), [track, step]);
  return (
    <>
      <div className="timeline-played" style={{ width: Math.max(0, x) }} />
      <div
        className="timeline-playhead"
        data-testid="timeline-playhead"
        style={{ transform: `translateX(${x}px)` }}
      />
    </>
  );
}

/** Where the selection's band lies on the track: at least 2 px wide, so one step still shows. */
function selectionBand(selection: { from: number; to: number }, width: number, total: number) {
  const left = xOfStep(selection.from, width, total);
  return { left, width: Math.max(2, xOfStep(selection.to, width, total) - left) };
}
