/** Messages between the UI and the export worker. */
import type { ExportFile, ExportJob, ExportProgress } from './job';

export type ExportRequest = { job: ExportJob };

export type ExportResponse =
  | ({ type: 'progress' } & ExportProgress)
  | { type: 'done'; file: ExportFile }
  /** The export could not be made: a message for the person, nothing saved. */
  | { type: 'failed'; error: string };
