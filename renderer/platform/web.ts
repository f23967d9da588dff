/**
 * The web build's platform: the browser's file chooser to open, downloads to save and export,
 * localStorage for autosave and preferences, the same keyboard shortcuts as the desktop menu.
 * Everything that touches the page goes through `WebEnvironment`, so tests can pass a fake.
 */
import { ACCEPTED_EXTENSIONS, readFileObject, withExtension } from './documents';
import { commandForKeyPress, type KeyPress } from './shortcuts';
import { documentTitle } from './title';
import type { AutosaveSnapshot, MenuCommand, Platform, Recovery, SaveOutcome } from './types';

export interface WebEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
  /** Shows the file chooser; null when the person cancels. */
  pickFile(accept: string): Promise<File | null>;
  download(blob: Blob, name: string): void;
  confirm(message: string): boolean;
  setTitle(title: string): void;
  /** While true, leaving the page asks first (beforeunload). */
  setLeaveGuard(active: boolean): void;
  /** Returns unsubscribe. The listener calls preventDefault for keys it takes. */
  onKeyDown(
    listener: (press: KeyPress & { defaultPrevented?: boolean; preventDefault(): void }) => void,
  ): () => void;
  openTab(url: string): void;
  isMac: boolean;
  now(): Date;
}

const KEY = 'loopscope:';
const AUTOSAVE_CURRENT = `${KEY}autosave:current`;
const RECOVERY_PREFIX = `${KEY}autosave:recovery:`;
const PREFERENCE_PREFIX = `${KEY}preference:`;

interface StoredAutosave extends Omit<AutosaveSnapshot, 'handle'> {
  savedAt: string;
}

export function createWebPlatform(env: WebEnvironment): Platform {
  // What the last visit left unsaved (the tab was closed or crashed) becomes a recovery now,
  // before this page autosaves anything: the same rule as the desktop app's start-up.
  collectRecovery(env);

  const download = (blob: Blob, name: string): SaveOutcome => {
    env.download(blob, name);
    return { status: 'saved', name, handle: null };
  };

  return {
    kind: 'web',
    capabilities: { saveInPlace: false, recentFiles: false, nativeMenu: false },

    async openFile() {
      const file = await env.pickFile(ACCEPTED_EXTENSIONS.join(','));
      return file ? readFileObject(file) : { status: 'canceled' };
    },
    openDroppedFile: (file) => readFileObject(file),
    recentFiles: async () => [],
    openRecentFile: async (file) => ({
      status: 'refused',
      name: file.name,
      reason: 'the web version of Loopscope cannot reopen files; use Open…',
    }),
    clearRecentFiles: async () => {},

    save: async (document) =>
      download(textBlob(document.text), withExtension(document.name, document.kind)),
    saveAs: async (document) =>
      download(textBlob(document.text), withExtension(document.name, document.kind)),
    exportFile: async (data, suggestedName) =>
      download(
        data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]),
        suggestedName,
      ),

    async confirmUnsavedChanges(documentName) {
      const discard = env.confirm(
        `${documentName ?? 'Untitled'} has changes that are not saved. Discard them?`,
      );
      return discard ? 'discard' : 'cancel';
    },
    setDocumentStatus(status) {
      env.setTitle(documentTitle(status.name, status.dirty));
      env.setLeaveGuard(status.dirty);
    },

    onMenuCommand(listener: (command: MenuCommand) => void) {
      return env.onKeyDown((press) => {
        // A key the editor took (Ctrl+/ comments, Ctrl+Shift+Home selects) stays the editor's.
        if (press.defaultPrevented) return;
        const command = commandForKeyPress(press, env.isMac);
        if (!command) return;
        press.preventDefault(); // Ctrl+S saves the program, not the page
        listener(command);
      });
    },
    onFileOpened: () => () => {}, // a web page is never handed files from outside
    ready: () => {},
    closeWindow: async () => {},

    autosave: {
      async write(snapshot) {
        const stored: StoredAutosave = {
          text: snapshot.text,
          documentName: snapshot.documentName,
          savedAt: env.now().toISOString(),
        };
        try {
          env.storage.setItem(AUTOSAVE_CURRENT, JSON.stringify(stored));
        } catch (error) {
          throw new Error(
            `autosave failed: the browser's storage is full or off (${(error as Error).message})`,
            { cause: error },
          );
        }
      },
      clear: async () => env.storage.removeItem(AUTOSAVE_CURRENT),
      async recoveries() {
        const found: Recovery[] = [];
        for (const key of storageKeys(env.storage)) {
          if (!key.startsWith(RECOVERY_PREFIX)) continue;
          const stored = parseStoredAutosave(env.storage.getItem(key));
          if (!stored) continue;
          found.push({
            id: key.slice(RECOVERY_PREFIX.length),
            text: stored.text,
            documentName: stored.documentName,
            handle: null,
            savedAt: new Date(stored.savedAt),
          });
        }
        return found.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
      },
      discardRecovery: async (id) => env.storage.removeItem(RECOVERY_PREFIX + id),
    },

    preferences: {
      read(key) {
        try {
          const raw = env.storage.getItem(PREFERENCE_PREFIX + key);
          return raw === null ? undefined : (JSON.parse(raw) as unknown);
        } catch {
          return undefined;
        }
      },
      write(key, value) {
        try {
          env.storage.setItem(PREFERENCE_PREFIX + key, JSON.stringify(value));
        } catch {
          // A preference that cannot be kept is not worth an error message.
        }
      },
    },

    async openExternal(url) {
      if (!isHttpsUrl(url)) return false;
      env.openTab(url);
      return true;
    },
  };
}

function textBlob(text: string): Blob {
  return new Blob([text], { type: 'text/plain;charset=utf-8' });
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function storageKeys(storage: WebEnvironment['storage']): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

function parseStoredAutosave(raw: string | null): StoredAutosave | null {
  if (raw === null) return null;
  try {
    const data = JSON.parse(raw) as Partial<StoredAutosave>;
    const ok =
      typeof data.text === 'string' &&
      typeof data.savedAt === 'string' &&
      (data.documentName === null || typeof data.documentName === 'string');
    return ok ? (data as StoredAutosave) : null;
  } catch {
    return null;
  }
}

function collectRecovery(env: WebEnvironment): void {
  const raw = env.storage.getItem(AUTOSAVE_CURRENT);
  if (raw === null) return;
  const stored = parseStoredAutosave(raw);
  if (stored) {
    const id = `${stored.savedAt.replace(/[^0-9A-Za-z]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      env.storage.setItem(RECOVERY_PREFIX + id, raw);
    } catch {
      return; // storage full: leave the autosave where it is rather than lose it
    }
  }
  env.storage.removeItem(AUTOSAVE_CURRENT);
}

/** The real page: DOM file input, anchor downloads, window.localStorage. */
export function browserEnvironment(win: Window = window): WebEnvironment {
  const doc = win.document;
  let leaveGuard: ((event: BeforeUnloadEvent) => void) | null = null;
  return {
    storage: win.localStorage,
    pickFile(accept) {
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.style.display = 'none';
        const finish = (file: File | null) => {
          input.remove();
          resolve(file);
        };
        input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
        input.addEventListener('cancel', () => finish(null), { once: true });
        doc.body.append(input);
        input.click();
      });
    },
    download(blob, name) {
      const url = URL.createObjectURL(blob);
      const anchor = doc.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.style.display = 'none';
      doc.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The download has started from the click; free the blob once it has been handed over.
      win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    confirm: (message) => win.confirm(message),
    setTitle(title) {
      doc.title = title;
    },
    setLeaveGuard(active) {
      if (active && !leaveGuard) {
        leaveGuard = (event) => event.preventDefault();
        win.addEventListener('beforeunload', leaveGuard);
      } else if (!active && leaveGuard) {
        win.removeEventListener('beforeunload', leaveGuard);
        leaveGuard = null;
      }
    },
    onKeyDown(listener) {
      const onKey = (event: KeyboardEvent) => listener(event);
      win.addEventListener('keydown', onKey);
      return () => win.removeEventListener('keydown', onKey);
    },
    openTab: (url) => void win.open(url, '_blank', 'noopener,noreferrer'),
    isMac: /Mac|iPhone|iPad/.test(win.navigator.platform),
    now: () => new Date(),
  };
}
