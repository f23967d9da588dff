/**
 * The platform the UI runs on: the desktop app when the preload put `window.loopscope` there,
 * the web build otherwise. Import `platform` from here; see README-platform.md for wiring.
 */
import type { Api } from '../../electron/api';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';
import { browserEnvironment, createWebPlatform } from './web';

declare global {
  interface Window {
    /** The preload API; present only in the desktop app. */
    readonly loopscope?: Api;
  }
}

export const platform: Platform = window.loopscope
  ? createElectronPlatform(window.loopscope, {
      setTitle: (title) => void (document.title = title),
      storage: window.localStorage,
    })
  : createWebPlatform(browserEnvironment(window));

// For styles (`html[data-platform='web']`) and e2e specs: which platform the page runs on.
document.documentElement.dataset.platform = platform.kind;

export type * from './types';
export { documentTitle } from './title';
export {
  documentContents,
  parseSession,
  serializeSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  type Session,
  type SessionOptions,
} from './session';
export { startAutosave, type Autosaver } from './autosave';
export {
  createDocumentCommands,
  type DocumentCommands,
  type DocumentHost,
  type OpenDocument,
} from './document-commands';
export { acceptFileDrops } from './drop';
