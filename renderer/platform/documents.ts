/**
 * Checks for files the renderer reads itself (the web build's file input, drops): the same
 * rules the desktop app's main process applies (electron/files.ts), so both refuse alike.
 */
import type { DocumentKind, LoadedFile, OpenOutcome } from './types';

export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
export const ACCEPTED_EXTENSIONS = ['.js', '.mjs', '.cjs', '.loopscope'] as const;

export function documentKindOf(name: string): DocumentKind | null {
  const extension = /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  if (extension === '.loopscope') return 'session';
  if (['.js', '.mjs', '.cjs'].includes(extension)) return 'script';
  return null;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a File (from a file input or a drop), or says why it cannot be opened. */
export async function readFileObject(file: File): Promise<OpenOutcome> {
  const { name } = file;
  const refuse = (reason: string): OpenOutcome => ({ status: 'refused', name, reason });
  const kind = documentKindOf(name);
  if (!kind) {
    return refuse(
      `${name} is not a JavaScript file (.js, .mjs, .cjs) or a Loopscope session (.loopscope)`,
    );
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    return refuse(
      `${name} is ${megabytes(file.size)}; Loopscope opens files up to ${megabytes(MAX_DOCUMENT_BYTES)}`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof TypeError)
      return refuse(`${name} is not a text file (it is not valid UTF-8)`);
    return refuse(`${name} could not be read: ${(error as Error).message}`);
  }
  if (text.includes('\0')) return refuse(`${name} is not a text file (it is not valid UTF-8)`);
  const loaded: LoadedFile = { name, kind, text, handle: null };
  return { status: 'opened', file: loaded };
}

/** `name` with the extension of `kind`: kept, swapped (`a.js` saved as a session), or added. */
export function withExtension(name: string, kind: DocumentKind): string {
  const current = documentKindOf(name);
  if (current === kind) return name;
  const base = current ? name.replace(/\.[^.]+$/, '') : name;
  return base + (kind === 'session' ? '.loopscope' : '.js');
}
