/**
 * The desktop platform: every call goes to the main process through the preload API
 * (`window.loopscope`, typed by electron/api.ts, of which the renderer imports types only).
 */
import type { Api, OpenResult, SaveResult } from '../../electron/api';
import { withExtension } from './documents';
import { documentTitle } from './title';
import type { OpenOutcome, Platform, SaveOutcome } from './types';

export function createElectronPlatform(
  api: Api,
  page: { setTitle(title: string): void; storage: Pick<Storage, 'getItem' | 'setItem'> },
): Platform {
  // Methods never use `this`, so the UI may pass them around (`onClick={platform.save}`).
  const saveAs: Platform['saveAs'] = async (document) => {
    const suggestedName = withExtension(document.name, document.kind);
    return toSaveOutcome(
      await api.saveFileAs({ suggestedName, kind: document.kind, text: document.text }),
    );
  };

  return {
    kind: 'electron',
    capabilities: { saveInPlace: true, recentFiles: true, nativeMenu: true },

    openFile: async () => toOpenOutcome(await api.openFileDialog()),
    openDroppedFile: async (file) => toOpenOutcome(await api.openDroppedFile(file)),
    recentFiles: () => api.recentFiles(),
    openRecentFile: async (file) => toOpenOutcome(await api.openRecentFile(file.path)),
    clearRecentFiles: () => api.clearRecentFiles(),

    async save(document) {
      if (!document.handle) return saveAs(document);
      return toSaveOutcome(await api.saveFile({ path: document.handle.path, text: document.text }));
    },
    saveAs,
    async exportFile(data, suggestedName) {
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      const outcome = toSaveOutcome(await api.exportFile({ suggestedName, bytes }));
      // An export is not the document: it gives no handle to save the document to.
      return outcome.status === 'saved' ? { ...outcome, handle: null } : outcome;
    },

    confirmUnsavedChanges: (documentName) => api.confirmUnsavedChanges(documentName),
    setDocumentStatus(status) {
      page.setTitle(documentTitle(status.name, status.dirty));
      void api
        .setDocumentState({
          name: status.name,
          path: status.handle?.path ?? null,
          dirty: status.dirty,
          model: status.model,
        })
        .catch((error: unknown) => console.error('Loopscope: document state not sent', error));
    },

    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onFileOpened: (listener) => api.onFileOpened((result) => listener(toOpenOutcome(result))),
    ready: () => void api.rendererReady(),
    closeWindow: () => api.closeWindow(),

    autosave: {
      write: (snapshot) =>
        api.writeAutosave({
          text: snapshot.text,
          documentName: snapshot.documentName,
          path: snapshot.handle?.path ?? null,
        }),
      clear: () => api.clearAutosave(),
      async recoveries() {
        return (await api.recoveries()).map((r) => ({
          id: r.id,
          text: r.text,
          documentName: r.documentName,
          handle: r.path ? { path: r.path } : null,
          savedAt: new Date(r.savedAt),
        }));
      },
      discardRecovery: (id) => api.discardRecovery(id),
    },

    // The page's origin (app://loopscope) is the same on every start, so localStorage keeps.
    preferences: {
      read(key) {
        try {
          const raw = page.storage.getItem(`loopscope:preference:${key}`);
          return raw === null ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          return undefined;
        }
      },
      write(key, value) {
        try {
          page.storage.setItem(`loopscope:preference:${key}`, JSON.stringify(value));
        } catch {
          // A preference that cannot be kept is not worth an error message.
        }
      },
    },

    openExternal: (url) => api.openExternal(url),
  };
}

function toOpenOutcome(result: OpenResult): OpenOutcome {
  if (result.status !== 'opened') return result;
  const { name, kind, text, path } = result.document;
  return { status: 'opened', file: { name, kind, text, handle: { path } } };
}

function toSaveOutcome(result: SaveResult): SaveOutcome {
  if (result.status !== 'saved') return result;
  return { status: 'saved', name: result.name, handle: { path: result.path } };
}
