/**
 * Checks for what arrives over IPC. The window is our own code, but the main process treats its
 * messages as untrusted input: every argument is checked for type, shape and size before use.
 */
import path from 'node:path';

export class InvalidArgument extends Error {
  override name = 'InvalidArgument';
}

/** Returns the value with its checked type, or throws InvalidArgument naming `what`. */
export type Check<T> = (value: unknown, what: string) => T;

export function text(maxLength: number): Check<string> {
  return (value, what) => {
    if (typeof value !== 'string') throw new InvalidArgument(`${what} must be a string`);
    if (value.length > maxLength) {
      throw new InvalidArgument(`${what} is longer than ${maxLength} characters`);
    }
    return value;
  };
}

export const boolean: Check<boolean> = (value, what) => {
  if (typeof value !== 'boolean') throw new InvalidArgument(`${what} must be true or false`);
  return value;
};

export function oneOf<const T extends string>(...allowed: T[]): Check<T> {
  return (value, what) => {
    if (!allowed.includes(value as T)) {
      throw new InvalidArgument(`${what} must be one of ${allowed.join(', ')}`);
    }
    return value as T;
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, what) => (value === null ? null : check(value, what));
}

/** An absolute file-system path without NUL bytes. */
export const absolutePath: Check<string> = (value, what) => {
  const p = text(4096)(value, what);
  if (p.includes('\0') || !path.isAbsolute(p)) {
    throw new InvalidArgument(`${what} must be an absolute path`);
  }
  return p;
};

/** A bare file name: no folders, nothing a dialog or the file system would read as a path. */
export const fileName: Check<string> = (value, what) => {
  const name = text(255)(value, what);
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
    throw new InvalidArgument(`${what} must be a file name without folders`);
  }
  return name;
};

export function bytes(maxLength: number): Check<Uint8Array> {
  return (value, what) => {
    if (!(value instanceof Uint8Array)) throw new InvalidArgument(`${what} must be bytes`);
    if (value.byteLength > maxLength) {
      throw new InvalidArgument(`${what} is larger than ${maxLength} bytes`);
    }
    return value;
  };
}

/** A plain object with exactly these fields (extra fields are refused, not ignored). */
export function record<T extends object>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (value, what) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InvalidArgument(`${what} must be an object`);
    }
    const allowed = Object.keys(fields);
    const extra = Object.keys(value).filter((key) => !allowed.includes(key));
    if (extra.length > 0) throw new InvalidArgument(`${what} has unknown field ${extra[0]}`);
    const result = {} as T;
    for (const key of allowed as (keyof T & string)[]) {
      result[key] = fields[key]((value as Record<string, unknown>)[key], `${what}.${key}`);
    }
    return result;
  };
}

/** The whole argument list of a message: exactly as many arguments as checks. */
export function argumentList<T extends unknown[]>(
  ...checks: { [I in keyof T]: [name: string, check: Check<T[I]>] }
): (args: unknown[]) => T {
  return (args) => {
    if (args.length !== checks.length) {
      throw new InvalidArgument(`expected ${checks.length} argument(s), got ${args.length}`);
    }
    return checks.map(([name, check], i) => check(args[i], name)) as T;
  };
}
