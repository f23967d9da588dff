/** The global object's own value properties and functions: https://tc39.es/ecma262/#sec-global-object */
import type { Agent } from '../../agent';
import { toNumber, toString } from '../operations';
import { ThrowSignal } from '../values';
import { arg, defineMethod, defineValue } from './define';

/**
 * The URI handling functions (https://tc39.es/ecma262/#sec-uri-handling-functions) and Annex B's
 * escape/unescape: pure functions of a string, so the host's compute them.
 */
const STRING_CODECS: readonly [string, (s: string) => string][] = [
  ['decodeURI', decodeURI],
  ['decodeURIComponent', decodeURIComponent],
  ['encodeURI', encodeURI],
  ['encodeURIComponent', encodeURIComponent],
  ['escape', escape],
  ['unescape', unescape],
];

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
  // Node's global object carries its own tag, so that it shows as `[object global]`. (In Chromium
  // Window.prototype carries 'Window', and the browser model has no Window.prototype.)
  if (a.host.model === 'node')
    g.defineOwnProperty(Symbol.toStringTag, {
      value: 'global',
      writable: false,
      enumerable: false,
      configurable: true,
    });
  defineMethod(a, g, 'isNaN', 1, (_t, args) => Number.isNaN(toNumber(a, args[0])));
  defineMethod(a, g, 'isFinite', 1, (_t, args) => Number.isFinite(toNumber(a, args[0])));
  for (const [name, codec] of STRING_CODECS) {
    defineMethod(a, g, name, 1, (_t, args) => {
      const s = toString(a, arg(args, 0));
      try {
        return codec(s);
      } catch (e) {
        // A malformed escape or a lone surrogate: the program's URIError, with V8's message.
        if (e instanceof URIError) throw new ThrowSignal(a.makeError('URIError', 'URI malformed'));
        throw e;
      }
    });
  }
}
