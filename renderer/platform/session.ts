/**
 * Loopscope session files (`.loopscope`): the program, the event-loop model, the run options
 * and the step being shown, as versioned JSON. Reading one checks everything and refuses a
 * corrupted or foreign file with a reason a person understands; nothing half-read is returned.
 *
 *   { "format": "loopscope-session", "version": 1, "code": "...", "model": "node",
 *     "options": { "stepLimit": 100000, "granularity": "event" }, "step": 42 }
 */
import type { DocumentKind, RunModel } from './types';

export const SESSION_FORMAT = 'loopscope-session';
export const SESSION_VERSION = 1;
/** Same limit as for opening a file (documents.ts). */
const MAX_CODE_LENGTH = 4 * 1024 * 1024;

export type StepGranularity = 'event' | 'fine';

export interface SessionOptions {
  /** Fine steps after which a run stops (interpreter `RunOptions.stepLimit`). */
  stepLimit?: number;
  /** Step through event steps (something visible changed) or every statement. */
  granularity?: StepGranularity;
}

export interface Session {
  code: string;
  model: RunModel;
  options: SessionOptions;
  /** The step shown when the session was saved (0 = before the first step). */
  step: number;
}

export type SessionRead = { ok: true; session: Session } | { ok: false; reason: string };

export function serializeSession(session: Session): string {
  const file = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    code: session.code,
    model: session.model,
    options: session.options,
    step: session.step,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Parses a session file; `reason` completes "Loopscope cannot open this file: …". */
export function parseSession(text: string): SessionRead {
  const refuse = (reason: string): SessionRead => ({ ok: false, reason });
  if (text.trim() === '') return refuse('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(
      `it is not a Loopscope session: the file is not valid JSON (${(error as Error).message})`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('it is not a Loopscope session: the file holds no JSON object');
  }
  const file = data as Record<string, unknown>;
  if (file.format !== SESSION_FORMAT) {
    return refuse(`it is not a Loopscope session: it has no "format": "${SESSION_FORMAT}"`);
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return refuse('the session has no valid "version" number');
  }
  if (file.version > SESSION_VERSION) {
    return refuse(
      `the session was saved by a newer Loopscope (session version ${file.version}; this one reads version ${SESSION_VERSION})`,
    );
  }
  const { code, model, step } = file;
  if (typeof code !== 'string') return refuse('the session has no "code" text');
  if (code.length > MAX_CODE_LENGTH) return refuse('the session\'s "code" is too long');
  if (model !== 'browser' && model !== 'node') {
    return refuse(
      `the session's "model" must be "browser" or "node", not ${JSON.stringify(model)}`,
    );
  }
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) {
    return refuse('the session\'s "step" must be a whole number, 0 or more');
  }
  const options = parseOptions(file.options ?? {});
  if (typeof options === 'string') return refuse(options);
  return { ok: true, session: { code, model, options, step } };
}

function parseOptions(value: unknown): SessionOptions | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'the session\'s "options" must be an object';
  }
  const { stepLimit, granularity } = value as Record<string, unknown>;
  const options: SessionOptions = {};
  if (stepLimit !== undefined) {
    if (typeof stepLimit !== 'number' || !Number.isInteger(stepLimit) || stepLimit < 1) {
      return 'the session\'s "options.stepLimit" must be a whole number, 1 or more';
    }
    options.stepLimit = stepLimit;
  }
  if (granularity !== undefined) {
    if (granularity !== 'event' && granularity !== 'fine') {
      return 'the session\'s "options.granularity" must be "event" or "fine"';
    }
    options.granularity = granularity;
  }
  return options;
}

/**
 * What an opened file puts in the editor: a program is just code (the model and options stay
 * as they are); a session brings everything. Refused sessions leave the current work alone.
 */
export function documentContents(
  kind: DocumentKind,
  text: string,
): { ok: true; code: string; session: Session | null } | { ok: false; reason: string } {
  if (kind === 'script') return { ok: true, code: text, session: null };
  const read = parseSession(text);
  return read.ok ? { ok: true, code: read.session.code, session: read.session } : read;
}
