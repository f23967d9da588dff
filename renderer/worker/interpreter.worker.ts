/**
 * The interpreter runs here, off the UI thread: a long or endless program never freezes the
 * window, and cancelling a run terminates this worker.
 */
import { run } from '../../interpreter/index';
import type { RunRequest, RunResponse } from './protocol';

// The renderer is typed with the DOM library; a worker's global needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: RunResponse): void;
};

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, source, model, stepLimit } = event.data;
  let response: RunResponse;
  const started = performance.now();
  try {
    const trace = run(source, { model, stepLimit });
    response = {
      id,
      ok: true,
      traceJson: JSON.stringify(trace),
      millis: performance.now() - started,
    };
  } catch (e) {
    response = { id, ok: false, error: e instanceof Error ? `${e.message}` : String(e) };
  }
  scope.postMessage(response);
};
