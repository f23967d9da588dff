/**
 * Reading and writing the files people open and save. Reads refuse what Loopscope cannot open
 * (with a reason a person understands); writes are atomic: the bytes go to a temporary file in
 * the same folder, which then replaces the target by a rename, so a crash mid-write leaves the
 * old file or the new one, never half of each.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocumentKind, OpenedDocument } from './api';

/** Largest file Loopscope opens: a program or a session, not a data set. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export const SCRIPT_EXTENSIONS = ['js', 'mjs', 'cjs'] as const;
export const SESSION_EXTENSIONS = ['loopscope'] as const;

export function documentKindOf(filePath: string): DocumentKind | null {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if ((SCRIPT_EXTENSIONS as readonly string[]).includes(extension)) return 'script';
  if ((SESSION_EXTENSIONS as readonly string[]).includes(extension)) return 'session';
  return null;
}

export type ReadResult = { ok: true; document: OpenedDocument } | { ok: false; reason: string };

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a program or session file, or says why it cannot be opened. Never throws. */
export async function readDocument(filePath: string): Promise<ReadResult> {
  const name = path.basename(filePath);
  const kind = documentKindOf(filePath);
  if (!kind) {
    return {
      ok: false,
      reason: `${name} is not a JavaScript file (.js, .mjs, .cjs) or a Loopscope session (.loopscope)`,
    };
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return { ok: false, reason: `${name} is a folder, not a file` };
    if (stat.size > MAX_DOCUMENT_BYTES) {
      return {
        ok: false,
        reason: `${name} is ${megabytes(stat.size)}; Loopscope opens files up to ${megabytes(MAX_DOCUMENT_BYTES)}`,
      };
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, reason: `${name} could not be read: ${describeFsError(error)}` };
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    return { ok: false, reason: `${name} is not a text file (it is not valid UTF-8)` };
  }
  if (kind === 'session') {
    const problem = sessionHeaderProblem(text);
    if (problem) return { ok: false, reason: `${name} is not a Loopscope session: ${problem}` };
  }
  return { ok: true, document: { path: filePath, name, kind, text } };
}

/** The format every session file names (renderer/platform/session.ts `SESSION_FORMAT`). */
const SESSION_FORMAT = 'loopscope-session';

/**
 * Why `text` is not a session file at all, or null. The window reads the rest of a session (its
 * version and fields) and refuses it with the reason; this much is checked here, so that a
 * corrupted or foreign file is neither granted for saving nor put in the recent files.
 */
function sessionHeaderProblem(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `the file is not valid JSON (${(error as Error).message})`;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'the file holds no JSON object';
  if ((data as { format?: unknown }).format !== SESSION_FORMAT)
    return `it has no "format": "${SESSION_FORMAT}"`;
  return null;
}

/** UTF-8 text without its byte-order mark, or null for binary or wrongly encoded bytes. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  // A NUL never appears in a program's source; it marks a binary file that happens to decode.
  return text.includes('\0') ? null : text;
}

/** Writes `data` to `filePath` atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(filePath);
  const temporary = path.join(
    dir,
    `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  // Keep the permissions of the file being replaced (an executable script stays executable).
  const mode = await fs.stat(filePath).then(
    (stat) => stat.mode & 0o777,
    () => 0o666,
  );
  const handle = await fs.open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
