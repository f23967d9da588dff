/**
 * Exports are made here, off the UI thread: the UI stays responsive, and cancelling terminates
 * this worker, so a cancelled export leaves nothing behind.
 */
import type { ExportRequest, ExportResponse } from './protocol';
import { renderExport } from './render';

// The renderer is typed with the DOM library; a worker's global needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportResponse, transfer?: Transferable[]): void;
};

scope.onmessage = async (event: MessageEvent<ExportRequest>) => {
  // Progress is sent at most every 50 ms: often enough for a smooth bar, cheap for the worker.
  let sentAt = 0;
  try {
    const file = await renderExport(event.data.job, (progress) => {
      const now = performance.now();
      if (now - sentAt < 50 && progress.done < progress.total) return;
      sentAt = now;
      scope.postMessage({ type: 'progress', ...progress });
    });
    scope.postMessage({ type: 'done', file }, [file.bytes.buffer as ArrayBuffer]);
  } catch (e) {
    scope.postMessage({ type: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
};
