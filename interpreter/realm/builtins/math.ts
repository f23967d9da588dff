/** Math: https://tc39.es/ecma262/#sec-math-object. Pure functions of numbers, so the host's are exact. */
import type { Agent } from '../../agent';
import { toNumber } from '../operations';
import { JSObject } from '../values';
import { defineMethod, defineValue } from './define';

const FUNCTIONS = [
  'abs',
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'ceil',
  'clz32',
  'cos',
  'cosh',
  'exp',
  'expm1',
  'floor',
  'fround',
  'hypot',
  'imul',
  'log',
  'log1p',
  'log10',
  'log2',
  'max',
  'min',
  'pow',
  'round',
  'sign',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
  'trunc',
] as const;

export function installMath(a: Agent): void {
  const M = new JSObject(a.intrinsics.ObjectPrototype);
  for (const name of ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'] as const) {
    M.defineOwnProperty(name, {
      value: Math[name],
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
  for (const name of FUNCTIONS) {
    const f = Math[name] as (...xs: number[]) => number;
    defineMethod(a, M, name, f.length, (_t, args) => f(...args.map((v) => toNumber(a, v))));
  }
  // NON-SPEC: a seeded generator, so that a program's trace is the same on every run.
  let seed = 0x2545f491;
  defineMethod(a, M, 'random', 0, () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  });
  M.defineOwnProperty(Symbol.toStringTag, {
    value: 'Math',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  defineValue(a.globalObject, 'Math', M);
}
