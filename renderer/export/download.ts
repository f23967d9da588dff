/**
 * Saves an exported file through the platform: the desktop app asks where (a save dialog); the
 * web build downloads it.
 */
import { platform } from '../platform';
import type { ExportFile } from './job';
import type { SaveResult } from './service';

export async function saveExportedFile(file: ExportFile): Promise<SaveResult> {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime });
  const outcome = await platform.exportFile(blob, file.name);
  if (outcome.status === 'saved') return { kind: 'saved', name: outcome.name };
  if (outcome.status === 'canceled') return { kind: 'canceled' };
  return { kind: 'failed', reason: outcome.reason };
}
