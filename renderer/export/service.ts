/**
 * What the export slice asks of the machine: make a file in the background, save it, copy an
 * image. `exporter.ts` does it with a worker and the browser; tests pass their own.
 */
import type { ExportFile, ExportJob, ExportProgress } from './job';

export type ExportOutcome =
  { kind: 'done'; file: ExportFile } | { kind: 'failed'; error: string } | { kind: 'cancelled' };

export interface ExportRun {
  result: Promise<ExportOutcome>;
  /** Stops the export at once; nothing is saved. */
  cancel(): void;
}

export type SaveResult =
  { kind: 'saved'; name: string } | { kind: 'canceled' } | { kind: 'failed'; reason: string };

export interface Exporter {
  start(job: ExportJob, onProgress: (progress: ExportProgress) => void): ExportRun;
  save(file: ExportFile): Promise<SaveResult>;
  /** Puts a PNG on the clipboard; called at once on a click, with the image still being made. */
  copyImage(png: Promise<ExportFile>): Promise<void>;
}

/** For stores made without one (unit tests of other slices): every export fails, clearly. */
export const noExporter: Exporter = {
  start: () => ({
    result: Promise.resolve({ kind: 'failed', error: 'exporting is not available here' }),
    cancel: () => {},
  }),
  save: async () => ({ kind: 'failed', reason: 'saving is not available here' }),
  copyImage: async () => {
    throw new Error('copying is not available here');
  },
};
