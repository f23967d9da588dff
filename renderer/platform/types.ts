/**
 * What the UI may ask of the machine it runs on: files, menus, the window title, autosave.
 * One interface, two implementations: `electron.ts` (the preload API, `window.loopscope`) and
 * `web.ts` (file input, downloads, localStorage). The UI imports `platform` from `./index`.
 */
import type {
  DocumentKind,
  MenuCommand,
  RecentFile,
  RunModel,
  UnsavedChoice,
} from '../../electron/api';

export type { DocumentKind, MenuCommand, RecentFile, RunModel, UnsavedChoice };

/** Where Save writes a document in place. Only the desktop app has them. */
export interface FileHandle {
  path: string;
}

/** A file the person opened: its text is not yet checked (a session is parsed by session.ts). */
export interface LoadedFile {
  name: string;
  kind: DocumentKind;
  text: string;
  /** Null in the web build, and for files the desktop app may not write to. */
  handle: FileHandle | null;
}

export type OpenOutcome =
  | { status: 'opened'; file: LoadedFile }
  | { status: 'canceled' }
  /** Nothing was opened, the current work is untouched; show `reason` to the person. */
  | { status: 'refused'; name: string; reason: string };

export type SaveOutcome =
  | { status: 'saved'; name: string; handle: FileHandle | null }
  | { status: 'canceled' }
  | { status: 'failed'; reason: string };

export interface DocumentToSave {
  /** The file name to suggest (or keep): `loop.js`, `talk.loopscope`. */
  name: string;
  kind: DocumentKind;
  text: string;
  /** Where it was opened from or last saved to; null asks where (Save As). */
  handle: FileHandle | null;
}

export interface DocumentStatus {
  /** File name, or null for a new document ("Untitled"). */
  name: string | null;
  handle: FileHandle | null;
  dirty: boolean;
  model: RunModel;
}

export interface AutosaveSnapshot {
  /** A serialized session (session.ts `serializeSession`). */
  text: string;
  documentName: string | null;
  handle: FileHandle | null;
}

/** Unsaved work left by a run that did not end cleanly, offered on start. */
export interface Recovery extends AutosaveSnapshot {
  id: string;
  savedAt: Date;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  readonly capabilities: {
    /** Save writes the file in place (desktop); on the web, Save downloads a copy. */
    saveInPlace: boolean;
    /** A recent-files list the UI can show (desktop). */
    recentFiles: boolean;
    /** The OS shows a menu bar with the commands (desktop); the web maps the same keys. */
    nativeMenu: boolean;
  };

  /** Shows an open dialog (desktop) or the browser's file chooser (web). */
  openFile(): Promise<OpenOutcome>;
  /** Opens a file dropped on the window (from a drop event's dataTransfer.files). */
  openDroppedFile(file: File): Promise<OpenOutcome>;
  recentFiles(): Promise<RecentFile[]>;
  openRecentFile(file: RecentFile): Promise<OpenOutcome>;
  clearRecentFiles(): Promise<void>;

  /** Saves in place when `handle` is set (desktop), otherwise as `saveAs`. */
  save(document: DocumentToSave): Promise<SaveOutcome>;
  /** Asks where (desktop) or downloads (web). */
  saveAs(document: Omit<DocumentToSave, 'handle'>): Promise<SaveOutcome>;
  /** An exported animation or image: asks where (desktop) or downloads (web). */
  exportFile(data: Blob | Uint8Array, suggestedName: string): Promise<SaveOutcome>;

  /** "Save the changes you made to <name>?" The web build never answers 'save'. */
  confirmUnsavedChanges(documentName: string | null): Promise<UnsavedChoice>;
  /** Call whenever name, dirty or model change: sets the title, the dirty mark, close guards. */
  setDocumentStatus(status: DocumentStatus): void;

  /** Menu items and their keys (desktop menu; web keyboard shortcuts). Returns unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files opened from outside the window: command line, OS, second launch, Open Recent. */
  onFileOpened(listener: (outcome: OpenOutcome) => void): () => void;
  /** Call once the listeners above are subscribed: files given at launch then arrive. */
  ready(): void;
  /** After `file.save-then-close` saved successfully: close the window without asking. */
  closeWindow(): Promise<void>;

  autosave: {
    write(snapshot: AutosaveSnapshot): Promise<void>;
    /** Nothing is unsaved any more (saved, or changes discarded). */
    clear(): Promise<void>;
    /** Work left by a crash or a kill, newest first. */
    recoveries(): Promise<Recovery[]>;
    /** Restored or declined: forget it. */
    discardRecovery(id: string): Promise<void>;
  };

  /** Small UI preferences (panel layout, theme, font size), kept across starts. */
  preferences: {
    read(key: string): unknown;
    write(key: string, value: unknown): void;
  };

  /** Opens an https: link in the system browser (desktop) or a new tab (web). */
  openExternal(url: string): Promise<boolean>;
}
