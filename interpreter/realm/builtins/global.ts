/** The global object's own value properties and functions: https://tc39.es/ecma262/#sec-global-object */
import type { Agent } from '../../agent';
import { toNumber } from '../operations';
import { defineMethod, defineValue } from './define';

export function installGlobals(a: Agent): void {
  const g = a.globalObject;
  defineValue(g, 'globalThis', g);
  for (const [name, value] of [
    ['undefined', undefined],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ] as const) {
    g.defineOwnProperty(name, { value, writable: false, enumerable: false, configurable: false });
  }
  defineMethod(a, g, 'isNaN', 1, (_t, args) => Number.isNaN(toNumber(a, args[0])));
  defineMethod(a, g, 'isFinite', 1, (_t, args) => Number.isFinite(toNumber(a, args[0])));
}
