/**
 * What each IPC message does. The pieces come in as arguments, so tests drive every handler
 * with fakes; main.ts passes the real ones.
 */
import type { DocumentState } from './api';
import type { AutosaveStore } from './autosave';
import type { Dialogs } from './dialogs';
import type { Documents } from './documents';
import type { Handlers } from './ipc';
import type { RecentFiles } from './recent-files';
import { isSafeExternalUrl } from './security';

export interface HandlerOptions {
  documents: Pick<
    Documents,
    'openWithDialog' | 'openRecent' | 'open' | 'save' | 'saveAs' | 'exportFile'
  >;
  recentFiles: Pick<RecentFiles, 'list' | 'clear'>;
  autosave: Pick<AutosaveStore, 'write' | 'clear' | 'recoveries' | 'discardRecovery'>;
  dialogs: Pick<Dialogs, 'confirmUnsaved'>;
  onRendererReady(): void;
  onRecentFilesChanged(): void;
  onDocumentState(state: DocumentState): void;
  closeWindow(): void;
  openExternal(url: string): void;
}

export function createHandlers(options: HandlerOptions): Handlers {
  const { documents, autosave } = options;
  return {
    'app:renderer-ready': () => options.onRendererReady(),
    'file:open-dialog': () => documents.openWithDialog(),
    'file:open-recent': (path) => documents.openRecent(path),
    'file:open-dropped': (path) => documents.open(path),
    'file:save': (request) => documents.save(request),
    'file:save-as': (request) => documents.saveAs(request),
    'file:export': (request) => documents.exportFile(request),
    'file:recent-list': () => options.recentFiles.list(),
    'file:recent-clear': async () => {
      await options.recentFiles.clear();
      options.onRecentFilesChanged();
    },
    'document:set-state': (state) => options.onDocumentState(state),
    'dialog:confirm-unsaved': (documentName) => options.dialogs.confirmUnsaved(documentName),
    'autosave:write': (entry) => autosave.write(entry),
    'autosave:clear': () => autosave.clear(),
    'autosave:recoveries': () => autosave.recoveries(),
    'autosave:discard-recovery': (id) => autosave.discardRecovery(id),
    'window:close': () => options.closeWindow(),
    'shell:open-external': (url) => {
      if (!isSafeExternalUrl(url)) return false;
      options.openExternal(url);
      return true;
    },
  };
}
