/**
 * Saves an exported file in the web build: the browser downloads it.
 * TODO(platform): renderer/platform (branch `shell`) has `platform.exportFile(data, name)`, which
 * asks where to save in the desktop app and downloads on the web; use it once it is merged.
 */
import type { ExportFile } from './job';
import type { SaveResult } from './service';

export async function downloadFile(file: ExportFile): Promise<SaveResult> {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own reference to the data once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'saved', name: file.name };
}
