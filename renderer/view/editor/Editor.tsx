import { EditorState, type StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { stepCount, stepRange } from '../../../interpreter/trace/snapshot';
import type { Outcome } from '../../../interpreter/trace/types';
import { watch, type Store } from '../../store/store';
import { useAppStoreApi } from '../context';
import {
  editorExtensions,
  setDiagnostics,
  setStepRange,
  type EditorDiagnostic,
} from './codemirror';

/** The diagnostics a run's outcome puts in the editor (none when the program ran). */
export function diagnosticsOf(outcome: Outcome | undefined): EditorDiagnostic[] {
  if (!outcome) return [];
  if (outcome.kind === 'syntax-error') {
    const d = outcome.diagnostic;
    return [
      {
        from: d.range[0],
        to: d.range[1],
        message: `SyntaxError: ${d.message} (${d.line}:${d.column})`,
        kind: 'syntax-error',
      },
    ];
  }
  if (outcome.kind === 'unsupported') {
    const d = outcome.diagnostic;
    return [
      {
        from: d.range[0],
        to: d.range[1],
        message: `not supported yet: ${outcome.feature} at ${d.line}:${d.column}`,
        kind: 'unsupported',
      },
    ];
  }
  return [];
}

/** How often the editor's highlight follows a timeline drag. */
const SCRUB_EDITOR_INTERVAL_MS = 120;

/**
 * Calls `run` in the first idle time at least `ms` from now (at the latest `ms` + 250 ms, so the
 * highlight never lags for long); returns a function that cancels it.
 */
function whenIdleAfter(ms: number, run: () => void): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: 250 });
    else run();
  }, ms);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/** The range to highlight: the current step's, while the editor still holds the traced code. */
function stepRangeOf(s: Store): { from: number; to: number } | null {
  const { trace, step, source } = s;
  if (!trace || trace.source !== source || stepCount(trace) === 0) return null;
  if (trace.outcome.kind === 'syntax-error' || trace.outcome.kind === 'unsupported') return null;
  const [from, to] = stepRange(trace, Math.min(step, stepCount(trace) - 1));
  return { from, to };
}

export function Editor() {
  const store = useAppStoreApi();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const extensions = editorExtensions({
      onChange: (source) => store.getState().setSource(source),
    });
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({ doc: store.getState().source, extensions }),
    });

    // Code put in the store from elsewhere (a file, an example, a link) is a new document,
    // with an undo history of its own.
    const stopSource = watch(
      store,
      (s) => s.source,
      (source) => {
        if (source === view.state.doc.toString()) return;
        view.setState(EditorState.create({ doc: source, extensions }));
        showStep();
        showDiagnostics();
      },
    );

    const showStep = () => {
      const range = stepRangeOf(store.getState());
      const effects: StateEffect<unknown>[] = [setStepRange.of(range)];
      // Keep the highlighted code in view ('nearest' scrolls only when it is out of sight).
      if (range) effects.push(EditorView.scrollIntoView(range.from, { y: 'nearest', yMargin: 48 }));
      view.dispatch({ effects });
    };
    // While the timeline is dragged, the stage comes first: an editor update (decorations, a
    // scroll, CodeMirror's measure) costs about as much as the stage's whole frame, so the
    // highlight follows a few times a second, and exactly when the drag ends. Each of those
    // updates waits for idle time after a frame, so it does not run between a seek and the frame
    // that draws it (which would show that step later).
    let stepTask: (() => void) | null = null;
    const followStep = () => {
      if (!store.getState().scrubbing) {
        stepTask?.();
        stepTask = null;
        showStep();
        return;
      }
      stepTask ??= whenIdleAfter(SCRUB_EDITOR_INTERVAL_MS, () => {
        stepTask = null;
        showStep();
      });
    };
    const stopStep = watch(
      store,
      stepRangeOf,
      followStep,
      (a, b) => a?.from === b?.from && a?.to === b?.to,
    );
    const stopScrub = watch(
      store,
      (s) => s.scrubbing,
      (scrubbing) => {
        if (!scrubbing && stepTask !== null) followStep();
      },
    );

    const showDiagnostics = () => {
      const { trace, source } = store.getState();
      const list = trace && trace.source === source ? diagnosticsOf(trace.outcome) : [];
      view.dispatch({ effects: setDiagnostics.of(list) });
    };
    const stopDiagnostics = watch(
      store,
      (s) => [s.trace, s.source === s.trace?.source] as const,
      showDiagnostics,
      (a, b) => a[0] === b[0] && a[1] === b[1],
    );
    showStep();
    showDiagnostics();

    return () => {
      stopSource();
      stopStep();
      stopScrub();
      stepTask?.();
      stopDiagnostics();
      view.destroy();
    };
  }, [store]);

  return <div className="editor" ref={host} data-testid="editor" />;
}
