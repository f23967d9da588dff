/** Parsing: acorn, with every syntax error turned into a diagnostic (never a crash). */
import { parse as acornParse, type Program } from 'acorn';
import type { Diagnostic, Model } from '../trace/types';

export type ParseResult = { ok: true; program: Program } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses a program as the model's runtime loads it: a classic script in the browser; in Node a
 * CommonJS module, whose code is a function's body, so a `return` at its top level ends it.
 */
export function parseProgram(source: string, model: Model): ParseResult {
  try {
    // No `locations` or `ranges`: every node has its offsets (start, end), which is all the
    // interpreter reads; the two options add four objects to every node and make a parse of a
    // long program about 1.65 times as slow (acorn's own 6,371-line source: 217-303 against
    // 128-185 ms of CPU, alternating runs).
    // A syntax error still carries its line and column (acorn computes them when it raises).
    const program = acornParse(source, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowHashBang: true,
      allowReturnOutsideFunction: model === 'node',
    });
    return { ok: true, program };
  } catch (e) {
    const err = e as SyntaxError & { pos?: number; loc?: { line: number; column: number } };
    if (typeof err.pos !== 'number' || !err.loc) throw e;
    // acorn appends " (line:column)" to its message; the diagnostic carries the position itself.
    const message = err.message.replace(/ \(\d+:\d+\)$/, '');
    return {
      ok: false,
      diagnostic: {
        message,
        line: err.loc.line,
        column: err.loc.column + 1,
        range: [err.pos, Math.min(err.pos + 1, source.length)],
      },
    };
  }
}
