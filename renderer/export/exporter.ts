/**
 * The app's exporter: each export runs in its own worker (export.worker.ts), which is terminated
 * when the export ends or is cancelled; files are saved through `saveExportedFile` (the platform).
 */
import playerScript from 'virtual:loopscope-player';
import { saveExportedFile } from './download';
import type { ExportFile } from './job';
import type { ExportResponse } from './protocol';
import type { Exporter, ExportOutcome } from './service';

export function createWorkerExporter(): Exporter {
  return {
    start(job, onProgress) {
      const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
      let settle: (outcome: ExportOutcome) => void = () => {};
      const result = new Promise<ExportOutcome>((resolve) => {
        settle = (outcome) => {
          worker.terminate();
          settle = () => {};
          resolve(outcome);
        };
      });
      worker.onmessage = (event: MessageEvent<ExportResponse>) => {
        const message = event.data;
        if (message.type === 'progress') onProgress({ done: message.done, total: message.total });
        else if (message.type === 'done') settle({ kind: 'done', file: message.file });
        else settle({ kind: 'failed', error: message.error });
      };
      worker.onerror = (event) =>
        settle({
          kind: 'failed',
          error: event.message || 'the export worker stopped unexpectedly',
        });
      worker.postMessage({ job: job.format === 'html' ? { ...job, playerScript } : job });
      return { result, cancel: () => settle({ kind: 'cancelled' }) };
    },
    save: saveExportedFile,
    async copyImage(png: Promise<ExportFile>) {
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined')
        throw new Error('this browser cannot copy images to the clipboard');
      // The item is handed over at once with the image still to come: browsers only allow a
      // write that starts while the click is being handled.
      const blob = png.then(
        (file) => new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      );
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    },
  };
}
