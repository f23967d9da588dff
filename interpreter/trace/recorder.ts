import { applyEvent, cloneSnapshot, emptySnapshot } from './snapshot';
import type {
  ConsoleLevel,
  ConsoleLine,
  Keyframe,
  Model,
  Outcome,
  Snapshot,
  SourceRange,
  StepColumns,
  Trace,
  TraceEvent,
} from './types';
import { TRACE_VERSION } from './types';

/** Thrown (host-side) when the run reaches its step limit; nothing interpreted can catch it. */
export class StepLimitReached {
  constructor(public readonly limit: number) {}
}

/**
 * Records a run as it happens. Events are buffered until `step` closes them into a step; the
 * live snapshot is kept current so that a keyframe is a cheap copy.
 */
export class Recorder {
  readonly steps: StepColumns = { start: [], end: [], eventEnd: [] };
  readonly events: TraceEvent[] = [];
  readonly captions: Record<number, string> = {};
  readonly keyframes: Keyframe[] = [];
  readonly console: ConsoleLine[] = [];
  readonly notices: string[] = [];
  private readonly live: Snapshot = emptySnapshot();

  constructor(
    readonly stepLimit: number,
    readonly keyframeInterval = 256,
  ) {}

  get stepIndex(): number {
    return this.steps.start.length;
  }

  get snapshot(): Readonly<Snapshot> {
    return this.live;
  }

  emit(event: TraceEvent): void {
    this.events.push(event);
    applyEvent(this.live, event);
  }

  /** Closes a step at `range`; the events emitted since the last step belong to it. */
  step(range: SourceRange, caption?: string): void {
    const i = this.steps.start.length;
    if (i >= this.stepLimit) throw new StepLimitReached(this.stepLimit);
    this.steps.start.push(range[0]);
    this.steps.end.push(range[1]);
    this.steps.eventEnd.push(this.events.length);
    if (caption !== undefined) this.captions[i] = caption;
    if (i % this.keyframeInterval === 0)
      this.keyframes.push({ step: i, snapshot: cloneSnapshot(this.live) });
  }

  print(level: ConsoleLevel, text: string): number {
    const index = this.console.length;
    this.console.push({ level, text, step: this.stepIndex });
    this.emit({ type: 'console', index });
    return index;
  }

  finish(model: Model, source: string, outcome: Outcome): Trace {
    // Events after the last step (e.g. the final phase change) get a step of their own.
    const last = this.steps.eventEnd.length - 1;
    if (last < 0 || this.steps.eventEnd[last] < this.events.length) {
      this.steps.start.push(source.length);
      this.steps.end.push(source.length);
      this.steps.eventEnd.push(this.events.length);
      if ((last + 1) % this.keyframeInterval === 0)
        this.keyframes.push({ step: last + 1, snapshot: cloneSnapshot(this.live) });
    }
    return {
      version: TRACE_VERSION,
      model,
      source,
      steps: this.steps,
      captions: this.captions,
      events: this.events,
      keyframeInterval: this.keyframeInterval,
      keyframes: this.keyframes,
      console: this.console,
      notices: this.notices,
      outcome,
    };
  }
}
