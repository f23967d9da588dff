/**
 * The File commands, once, for both platforms: New, Open (dialog, drop, recent, from outside),
 * Save, Save As, Save-then-close, restoring a recovery. Each asks about unsaved changes first,
 * and a file that cannot be opened leaves the current work exactly as it was.
 *
 * The UI implements `DocumentHost` over its store; this module never touches the editor.
 */
import { documentKindOf } from './documents';
import { documentContents, serializeSession, type Session } from './session';
import type {
  AutosaveSnapshot,
  DocumentKind,
  FileHandle,
  OpenOutcome,
  Platform,
  Recovery,
  RecentFile,
  SaveOutcome,
} from './types';

export interface OpenDocument {
  /** File name, or null for a new document (shown as "Untitled"). */
  name: string | null;
  handle: FileHandle | null;
  /** What Save writes: the program alone ('script'), or code + model + options + step. */
  kind: DocumentKind;
  dirty: boolean;
}

export interface DocumentHost {
  document(): OpenDocument;
  /** The session now: the editor's code, the model, the run options, the current step. */
  session(): Session;
  /**
   * Replaces the document. With `session` null (a program), keep the current model and
   * options; with a session, take its model, options and step (after running it).
   */
  load(document: OpenDocument, contents: { code: string; session: Session | null }): void;
  /** The document was written as `document`; it is no longer dirty. */
  saved(document: Omit<OpenDocument, 'dirty'>): void;
  /** Tells the person what went wrong (role="alert"); their work is untouched. */
  notify(message: string): void;
}

export interface DocumentCommands {
  newDocument(): Promise<void>;
  open(): Promise<void>;
  openDropped(file: File): Promise<void>;
  openRecent(file: RecentFile): Promise<void>;
  /** A file the platform opened from outside (`platform.onFileOpened`). */
  openedFromOutside(outcome: OpenOutcome): Promise<void>;
  /** True when the document was saved. */
  save(): Promise<boolean>;
  saveAs(kind?: DocumentKind): Promise<boolean>;
  /** The answer to `file.save-then-close`: save, then close the window if that worked. */
  saveThenClose(): Promise<void>;
  /**
   * Puts recovered work in the editor (dirty, so it is autosaved and saved by the person). False
   * when the person chose to keep the work in the editor instead: the recovery is still there.
   */
  restore(recovery: Recovery): Promise<boolean>;
  /** What the autosaver writes: the unsaved work, or null. */
  autosaveSnapshot(): AutosaveSnapshot | null;
  /** Call on every change of the document or the model: title, dirty mark, close guard. */
  publishStatus(): void;
}

export function createDocumentCommands(platform: Platform, host: DocumentHost): DocumentCommands {
  /** Asks about unsaved changes; true when it is fine to replace the document. */
  async function mayReplace(): Promise<boolean> {
    const current = host.document();
    if (!current.dirty) return true;
    const choice = await platform.confirmUnsavedChanges(current.name);
    if (choice === 'cancel') return false;
    if (choice === 'save') return commands.save();
    return true;
  }

  function refuse(name: string, reason: string): void {
    host.notify(`Loopscope cannot open ${name}: ${reason}.`);
  }

  /** Applies an open outcome; a refused file or session changes nothing. */
  function apply(outcome: OpenOutcome): void {
    if (outcome.status === 'canceled') return;
    if (outcome.status === 'refused') return refuse(outcome.name, outcome.reason);
    const { file } = outcome;
    const contents = documentContents(file.kind, file.text);
    if (!contents.ok) return refuse(file.name, contents.reason);
    host.load(
      { name: file.name, handle: file.handle, kind: file.kind, dirty: false },
      { code: contents.code, session: contents.session },
    );
  }

  function textToSave(kind: DocumentKind): string {
    const session = host.session();
    return kind === 'session' ? serializeSession(session) : session.code;
  }

  function afterSave(outcome: SaveOutcome, kind: DocumentKind): boolean {
    if (outcome.status === 'failed') host.notify(`Not saved: ${outcome.reason}.`);
    if (outcome.status !== 'saved') return false;
    host.saved({ name: outcome.name, handle: outcome.handle, kind });
    return true;
  }

  const commands: DocumentCommands = {
    async newDocument() {
      if (!(await mayReplace())) return;
      host.load(
        { name: null, handle: null, kind: 'script', dirty: false },
        { code: '', session: null },
      );
    },
    async open() {
      if (!(await mayReplace())) return;
      apply(await platform.openFile());
    },
    async openDropped(file) {
      if (!(await mayReplace())) return;
      apply(await platform.openDroppedFile(file));
    },
    async openRecent(file) {
      if (!(await mayReplace())) return;
      apply(await platform.openRecentFile(file));
    },
    async openedFromOutside(outcome) {
      if (outcome.status === 'opened' && !(await mayReplace())) return;
      apply(outcome);
    },
    async save() {
      const current = host.document();
      const name = current.name ?? defaultName(current.kind);
      const outcome = await platform.save({
        name,
        kind: current.kind,
        text: textToSave(current.kind),
        handle: current.handle,
      });
      return afterSave(outcome, current.kind);
    },
    async saveAs(kind) {
      const current = host.document();
      const as = kind ?? current.kind;
      const name = current.name ?? defaultName(as);
      const outcome = await platform.saveAs({ name, kind: as, text: textToSave(as) });
      return afterSave(outcome, as);
    },
    async saveThenClose() {
      if (await commands.save()) await platform.closeWindow();
    },
    async restore(recovery) {
      // Work typed since the start (the offer stays up while the person edits) is asked about
      // like any other unsaved work: restoring replaces the editor's document.
      if (!(await mayReplace())) return false;
      const contents = documentContents('session', recovery.text);
      if (!contents.ok) {
        host.notify(`The recovered work could not be read: ${contents.reason}.`);
        return true;
      }
      host.load(
        {
          name: recovery.documentName,
          handle: recovery.handle,
          kind: documentKindOf(recovery.documentName ?? '') ?? 'script',
          dirty: true,
        },
        { code: contents.code, session: contents.session },
      );
      await platform.autosave.discardRecovery(recovery.id);
      return true;
    },
    autosaveSnapshot() {
      const current = host.document();
      if (!current.dirty) return null;
      // Always a whole session: the model, options and step come back too.
      return {
        text: serializeSession(host.session()),
        documentName: current.name,
        handle: current.handle,
      };
    },
    publishStatus() {
      const current = host.document();
      platform.setDocumentStatus({
        name: current.name,
        handle: current.handle,
        dirty: current.dirty,
        model: host.session().model,
      });
    },
  };
  return commands;
}

function defaultName(kind: DocumentKind): string {
  return kind === 'session' ? 'untitled.loopscope' : 'untitled.js';
}
