/**
 * The interpreter runs here, off the UI thread: a long or endless program never freezes the
 * window, and cancelling a run terminates this worker.
 */
import { run, traceBuffers } from '../../interpreter/index';
import type { RunRequest, RunResponse } from './protocol';

// The renderer is typed with the DOM library; a worker's global needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: RunResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, source, model, stepLimit } = event.data;
  const started = performance.now();
  try {
    const trace = run(source, { model, stepLimit });
    const response: RunResponse = { id, ok: true, trace, millis: performance.now() - started };
    scope.postMessage(response, traceBuffers(trace));
  } catch (e) {
    const error = e instanceof Error ? `${e.message}` : String(e);
    scope.postMessage({ id, ok: false, error });
  }
};
