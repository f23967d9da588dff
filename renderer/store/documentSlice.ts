import type { StateCreator } from 'zustand/vanilla';
import type { OpenDocument } from '../platform/document-commands';
import type { Session } from '../platform/session';
import type { DocumentKind, FileHandle } from '../platform/types';
import { DEFAULT_EXAMPLE } from '../examples/examples';
import { DEFAULT_UI_STEP_LIMIT } from './traceSlice';
import type { Store } from './types';

/** What a document was when last opened or saved: it is dirty while the editor differs. */
interface Baseline {
  source: string;
  model: Store['model'];
  stepLimit: number;
}

/** A message for the person (a file refused, a save failed), shown with role="alert". */
export interface Notice {
  id: number;
  message: string;
}

/** Work a crash or a closed tab left behind, offered with Restore and Discard. */
export interface RecoveryOffer {
  savedAt: Date;
  name: string | null;
  restore(): void;
  discard(): void;
}

export interface DocumentSlice {
  /** File name, or null for a new document ("Untitled"). */
  docName: string | null;
  docHandle: FileHandle | null;
  docKind: DocumentKind;
  /** Null for recovered work: it stays dirty until it is saved. */
  baseline: Baseline | null;
  notice: Notice | null;
  recoveryOffer: RecoveryOffer | null;
  /** Replaces the document (opened, new, recovered) and runs it; see DocumentHost.load. */
  loadDocument(document: OpenDocument, contents: { code: string; session: Session | null }): void;
  /** The document was saved as `document`: what the editor holds now is its baseline. */
  markSaved(document: Omit<OpenDocument, 'dirty'>): void;
  showNotice(message: string): void;
  dismissNotice(): void;
  offerRecovery(offer: RecoveryOffer | null): void;
}

/** Differs from what was last opened or saved (code, model, options). */
export function isDirty(s: Store): boolean {
  const b = s.baseline;
  return b === null || b.source !== s.source || b.model !== s.model || b.stepLimit !== s.stepLimit;
}

let noticeIds = 0;

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => ({
  docName: null,
  docHandle: null,
  docKind: 'script',
  // The store starts with an example: that is nothing to save.
  baseline: {
    source: DEFAULT_EXAMPLE.source,
    model: DEFAULT_EXAMPLE.model,
    stepLimit: DEFAULT_UI_STEP_LIMIT,
  },
  notice: null,
  recoveryOffer: null,
  loadDocument(document, { code, session }) {
    const s = get();
    const model = session?.model ?? s.model;
    const stepLimit = session?.options.stepLimit ?? s.stepLimit;
    set({
      docName: document.name,
      docHandle: document.handle,
      docKind: document.kind,
      source: code,
      model,
      stepLimit,
      exampleId: null,
      overlay: null,
      notice: null,
      baseline: document.dirty ? null : { source: code, model, stepLimit },
    });
    void get().runProgram({ step: session?.step ?? 0 });
  },
  markSaved(document) {
    const { source, model, stepLimit } = get();
    set({
      docName: document.name,
      docHandle: document.handle,
      docKind: document.kind,
      baseline: { source, model, stepLimit },
    });
  },
  showNotice: (message) => set({ notice: { id: ++noticeIds, message } }),
  dismissNotice: () => set({ notice: null }),
  offerRecovery: (recoveryOffer) => set({ recoveryOffer }),
});

/** A new, untitled document whose contents are the editor's now (an example, a shared link). */
export function untitledDocument(
  s: Pick<Store, 'source' | 'model' | 'stepLimit'>,
): Pick<DocumentSlice, 'docName' | 'docHandle' | 'docKind' | 'baseline'> {
  return {
    docName: null,
    docHandle: null,
    docKind: 'script',
    baseline: { source: s.source, model: s.model, stepLimit: s.stepLimit },
  };
}
