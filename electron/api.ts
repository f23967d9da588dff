/**
 * The contract between Loopscope's window (renderer) and its main process.
 *
 * One invoke message per thing the window may ask for, one event per thing the main process
 * tells the window. The preload builds the API object with `createApi` and exposes it as
 * `window.loopscope`; the renderer imports the *type* `Api` only (DESIGN.md: renderer ->
 * electron/api.ts, types only). Nothing here imports Electron or Node, so both sides can use it.
 */

/** The two event-loop models the interpreter runs (mirrors interpreter/trace/types.ts `Model`). */
export type RunModel = 'browser' | 'node';

/** A `.js` program, or a Loopscope session (versioned JSON: code + model + options + step). */
export type DocumentKind = 'script' | 'session';

export interface OpenedDocument {
  /** Absolute path on disk. The main process lets the window save only to paths it granted. */
  path: string;
  /** The file name, for the title bar. */
  name: string;
  kind: DocumentKind;
  /** The file's text, UTF-8 decoded, without a byte-order mark. */
  text: string;
}

export type OpenResult =
  | { status: 'opened'; document: OpenedDocument }
  | { status: 'canceled' }
  /** The file was not opened; `reason` says why in words a person understands. */
  | { status: 'refused'; name: string; reason: string };

export type SaveResult =
  | { status: 'saved'; path: string; name: string }
  | { status: 'canceled' }
  | { status: 'failed'; reason: string };

export interface SaveRequest {
  /** A path the main process granted (opened or chosen in a save dialog). */
  path: string;
  text: string;
}

export interface SaveAsRequest {
  /** A bare file name (no folders), e.g. `async-await.js`. */
  suggestedName: string;
  kind: DocumentKind;
  text: string;
}

export interface ExportRequest {
  /** A bare file name whose extension says the format, e.g. `loop.gif`. */
  suggestedName: string;
  bytes: Uint8Array;
}

/** What the window tells the main process about its document, whenever it changes. */
export interface DocumentState {
  /** File name for the title, or null for a new, never-saved document. */
  name: string | null;
  path: string | null;
  dirty: boolean;
  model: RunModel;
}

export interface RecentFile {
  path: string;
  name: string;
}

/** The answer to "save the changes you made?". */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** Unsaved work, written to the user-data folder every few seconds. */
export interface AutosaveEntry {
  /** A serialized session (renderer/platform/session.ts); opaque to the main process. */
  text: string;
  documentName: string | null;
  path: string | null;
}

/** Work autosaved by a run of Loopscope that did not end cleanly (a crash or a kill). */
export interface Recovery extends AutosaveEntry {
  id: string;
  /** ISO 8601 time of the autosave. */
  savedAt: string;
}

/** Commands the application menu (or its accelerators) sends to the window. */
export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.save'
  | 'file.save-as'
  | 'file.export'
  /** The person chose "Save" when closing: save, then call `closeWindow()` if it worked. */
  | 'file.save-then-close'
  | 'edit.find'
  | 'view.toggle-theme'
  | 'view.projector-mode'
  | 'view.font-bigger'
  | 'view.font-smaller'
  | 'view.font-reset'
  | 'view.toggle-editor'
  | 'view.toggle-console'
  | 'view.toggle-timeline'
  | 'run.run'
  | 'run.stop'
  | 'run.step-forward'
  | 'run.step-back'
  | 'run.play-pause'
  | 'run.to-start'
  | 'run.to-end'
  | 'run.model-browser'
  | 'run.model-node'
  | 'help.shortcuts';

/** Every invoke message: its arguments and its result. The main process handles each once. */
export interface InvokeMessages {
  /** The window has subscribed to events; queued events (files from the command line) flow. */
  'app:renderer-ready': { args: []; result: void };
  'file:open-dialog': { args: []; result: OpenResult };
  'file:open-recent': { args: [path: string]; result: OpenResult };
  'file:open-dropped': { args: [path: string]; result: OpenResult };
  'file:save': { args: [request: SaveRequest]; result: SaveResult };
  'file:save-as': { args: [request: SaveAsRequest]; result: SaveResult };
  'file:export': { args: [request: ExportRequest]; result: SaveResult };
  'file:recent-list': { args: []; result: RecentFile[] };
  'file:recent-clear': { args: []; result: void };
  'document:set-state': { args: [state: DocumentState]; result: void };
  'dialog:confirm-unsaved': { args: [documentName: string | null]; result: UnsavedChoice };
  'autosave:write': { args: [entry: AutosaveEntry]; result: void };
  'autosave:clear': { args: []; result: void };
  'autosave:recoveries': { args: []; result: Recovery[] };
  'autosave:discard-recovery': { args: [id: string]; result: void };
  /** Close without asking again (after "Save" in the close prompt succeeded). */
  'window:close': { args: []; result: void };
  /** Opens an https: link in the system browser; false if the URL was refused. */
  'shell:open-external': { args: [url: string]; result: boolean };
}

/** Every event the main process sends to the window, with its payload. */
export interface EventMessages {
  'menu:command': MenuCommand;
  /** A file opened from outside the window: command line, OS, second launch, Open Recent. */
  'file:opened': OpenResult;
}

export type InvokeChannel = keyof InvokeMessages;
export type EventChannel = keyof EventMessages;

/** What the preload gives `createApi`: typed IPC, and the path of a dropped file. */
export interface Bridge {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...args: InvokeMessages[C]['args']
  ): Promise<InvokeMessages[C]['result']>;
  /** Subscribes to an event; the listener gets the payload only, never the IPC event. */
  on<C extends EventChannel>(channel: C, listener: (payload: EventMessages[C]) => void): () => void;
  /** The file's path on disk, or '' when the dropped item is not a file on disk. */
  pathForFile(file: File): string;
}

/** The API the window sees as `window.loopscope`: one method per message. */
export function createApi(bridge: Bridge) {
  return {
    rendererReady: () => bridge.invoke('app:renderer-ready'),
    openFileDialog: () => bridge.invoke('file:open-dialog'),
    openRecentFile: (path: string) => bridge.invoke('file:open-recent', path),
    /** Opens a file dropped onto the window. */
    openDroppedFile: (file: File) => bridge.invoke('file:open-dropped', bridge.pathForFile(file)),
    saveFile: (request: SaveRequest) => bridge.invoke('file:save', request),
    saveFileAs: (request: SaveAsRequest) => bridge.invoke('file:save-as', request),
    exportFile: (request: ExportRequest) => bridge.invoke('file:export', request),
    recentFiles: () => bridge.invoke('file:recent-list'),
    clearRecentFiles: () => bridge.invoke('file:recent-clear'),
    setDocumentState: (state: DocumentState) => bridge.invoke('document:set-state', state),
    confirmUnsavedChanges: (documentName: string | null) =>
      bridge.invoke('dialog:confirm-unsaved', documentName),
    writeAutosave: (entry: AutosaveEntry) => bridge.invoke('autosave:write', entry),
    clearAutosave: () => bridge.invoke('autosave:clear'),
    recoveries: () => bridge.invoke('autosave:recoveries'),
    discardRecovery: (id: string) => bridge.invoke('autosave:discard-recovery', id),
    closeWindow: () => bridge.invoke('window:close'),
    openExternal: (url: string) => bridge.invoke('shell:open-external', url),
    /** Returns the unsubscribe function. */
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      bridge.on('menu:command', listener),
    /** Returns the unsubscribe function. */
    onFileOpened: (listener: (result: OpenResult) => void) => bridge.on('file:opened', listener),
  };
}

/** The type of `window.loopscope` (what `typeof api` is in the preload). */
export type Api = ReturnType<typeof createApi>;
