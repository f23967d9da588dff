/**
 * IPC: one `ipcMain.handle` per invoke message (electron/api.ts). Every handler first checks
 * that the message comes from the Loopscope window's own top-level frame, then checks its
 * arguments, and only then runs. A refused message rejects the renderer's promise with a reason.
 */
import type { InvokeChannel, InvokeMessages } from './api';
import {
  absolutePath,
  argumentList,
  boolean,
  bytes,
  fileName,
  nullable,
  oneOf,
  record,
  text,
} from './validate';

/** Largest text the window may save or autosave: programs and sessions, not data. */
export const MAX_TEXT_LENGTH = 8 * 1024 * 1024;
/** Largest export (a video of a long trace); anything bigger is refused, not truncated. */
export const MAX_EXPORT_BYTES = 1024 * 1024 * 1024;

type Args<C extends InvokeChannel> = InvokeMessages[C]['args'];
type Result<C extends InvokeChannel> = InvokeMessages[C]['result'];

export type Handlers = {
  [C in InvokeChannel]: (...args: Args<C>) => Result<C> | Promise<Result<C>>;
};

const documentKind = oneOf('script', 'session');
const none = argumentList<[]>();

/** Argument checks, one per message. The mapped type makes a missing message a type error. */
export const argumentChecks: { [C in InvokeChannel]: (args: unknown[]) => Args<C> } = {
  'app:renderer-ready': none,
  'file:open-dialog': none,
  'file:open-recent': argumentList(['path', absolutePath]),
  'file:open-dropped': argumentList(['path', absolutePath]),
  'file:save': argumentList([
    'request',
    record({ path: absolutePath, text: text(MAX_TEXT_LENGTH) }),
  ]),
  'file:save-as': argumentList([
    'request',
    record({ suggestedName: fileName, kind: documentKind, text: text(MAX_TEXT_LENGTH) }),
  ]),
  'file:export': argumentList([
    'request',
    record({ suggestedName: fileName, bytes: bytes(MAX_EXPORT_BYTES) }),
  ]),
  'file:recent-list': none,
  'file:recent-clear': none,
  'document:set-state': argumentList([
    'state',
    record({
      name: nullable(fileName),
      path: nullable(absolutePath),
      dirty: boolean,
      model: oneOf('browser', 'node'),
    }),
  ]),
  'dialog:confirm-unsaved': argumentList(['documentName', nullable(fileName)]),
  'autosave:write': argumentList([
    'entry',
    record({
      text: text(MAX_TEXT_LENGTH),
      documentName: nullable(fileName),
      path: nullable(absolutePath),
    }),
  ]),
  'autosave:clear': none,
  'autosave:recoveries': none,
  'autosave:discard-recovery': argumentList(['id', text(200)]),
  'window:close': none,
  'shell:open-external': argumentList(['url', text(2048)]),
};

/** The part of an IPC invoke event the checks read (Electron's IpcMainInvokeEvent has it). */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
  sender: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export class UntrustedSender extends Error {
  override name = 'UntrustedSender';
}

export interface IpcOptions {
  /** True when the event comes from the Loopscope window (see `isTrustedSender`). */
  isTrustedSender(event: InvokeEventLike): boolean;
  handlers: Handlers;
  /** Where refusals are logged (the renderer also gets them as a rejected promise). */
  log?: (message: string) => void;
}

/** Registers every handler; returns a function that removes them all. */
export function registerIpcHandlers(ipcMain: IpcMainLike, options: IpcOptions): () => void {
  const channels = Object.keys(argumentChecks) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...rawArgs) => {
      if (!options.isTrustedSender(event)) {
        const where = event.senderFrame?.url ?? 'a frame that no longer exists';
        const refusal = new UntrustedSender(`${channel} refused: sent from ${where}`);
        options.log?.(refusal.message);
        throw refusal;
      }
      let args: unknown[];
      try {
        args = argumentChecks[channel](rawArgs);
      } catch (error) {
        options.log?.(`${channel} refused: ${(error as Error).message}`);
        throw error;
      }
      const handler = options.handlers[channel] as (...args: unknown[]) => unknown;
      return handler(...args);
    });
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Where the window's code comes from: `app://loopscope` in a build, the dev server in dev. */
export interface AppOrigin {
  protocol: string;
  host: string;
}

export function isAppUrl(url: string, origins: readonly AppOrigin[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare scheme and host, not URL.origin: for a custom scheme WHATWG URL's origin is "null".
  return origins.some((o) => o.protocol === parsed.protocol && o.host === parsed.host);
}

/**
 * A trusted sender is the top-level frame of the Loopscope window (`isAppContents`), showing
 * Loopscope's own page. Subframes, other windows and navigated-away frames are refused.
 */
export function trustedSenderCheck(
  origins: readonly AppOrigin[],
  isAppContents: (sender: unknown) => boolean,
): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppContents(event.sender) && isAppUrl(frame.url, origins);
  };
}
