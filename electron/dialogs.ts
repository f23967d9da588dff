/**
 * Native dialogs: open, save, export, and "save the changes you made?". Each wraps Electron's
 * `dialog` (passed in) with Loopscope's file types and words.
 */
import type { Dialog, FileFilter, BaseWindow, MessageBoxOptions } from 'electron';
import path from 'node:path';
import type { DocumentKind, UnsavedChoice } from './api';
import { SCRIPT_EXTENSIONS, SESSION_EXTENSIONS } from './files';

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;

const SCRIPT_FILTER: FileFilter = { name: 'JavaScript', extensions: [...SCRIPT_EXTENSIONS] };
const SESSION_FILTER: FileFilter = {
  name: 'Loopscope Session',
  extensions: [...SESSION_EXTENSIONS],
};

const EXPORT_FILTERS: Record<string, FileFilter> = {
  gif: { name: 'GIF Animation', extensions: ['gif'] },
  webm: { name: 'WebM Video', extensions: ['webm'] },
  mp4: { name: 'MP4 Video', extensions: ['mp4'] },
  png: { name: 'PNG Image', extensions: ['png'] },
  svg: { name: 'SVG Image', extensions: ['svg'] },
  html: { name: 'HTML Player', extensions: ['html'] },
  zip: { name: 'ZIP Archive', extensions: ['zip'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export function exportFilters(suggestedName: string): FileFilter[] {
  const extension = path.extname(suggestedName).slice(1).toLowerCase();
  const filter = EXPORT_FILTERS[extension];
  return filter ? [filter] : [{ name: 'All Files', extensions: ['*'] }];
}

export interface Dialogs {
  /** The chosen path, or null when the person cancelled. */
  chooseFileToOpen(defaultFolder: string): Promise<string | null>;
  chooseSavePath(defaultPath: string, kind: DocumentKind | 'export'): Promise<string | null>;
  confirmUnsaved(documentName: string | null): Promise<UnsavedChoice>;
  showAbout(details: { appName: string; version: string }): Promise<void>;
}

/** Dialogs attached to the window `getWindow` returns (sheet-style on macOS). */
export function createDialogs(dialog: DialogLike, getWindow: () => BaseWindow | null): Dialogs {
  const messageBox = (options: MessageBoxOptions) => {
    const window = getWindow();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };
  return {
    async chooseFileToOpen(defaultFolder) {
      const options = {
        title: 'Open',
        defaultPath: defaultFolder,
        properties: ['openFile' as const],
        filters: [
          {
            name: 'JavaScript or Loopscope Session',
            extensions: [...SCRIPT_EXTENSIONS, ...SESSION_EXTENSIONS],
          },
          SCRIPT_FILTER,
          SESSION_FILTER,
        ],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
    },

    async chooseSavePath(defaultPath, kind) {
      const filters =
        kind === 'script'
          ? [SCRIPT_FILTER]
          : kind === 'session'
            ? [SESSION_FILTER]
            : exportFilters(defaultPath);
      const options = {
        title: kind === 'export' ? 'Export' : 'Save',
        defaultPath,
        filters,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async confirmUnsaved(documentName) {
      const { response } = await messageBox({
        type: 'warning',
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        message: `Do you want to save the changes you made to ${documentName ?? 'Untitled'}?`,
        detail: "Your changes will be lost if you don't save them.",
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },

    async showAbout({ appName, version }) {
      await messageBox({
        type: 'info',
        buttons: ['OK'],
        message: `${appName} ${version}`,
        detail:
          'See the JavaScript event loop: step through a program and watch its call stack, queues, timers and promises.',
      });
    },
  };
}
