/** Error objects: https://tc39.es/ecma262/#sec-error-objects */
import type { Agent } from '../../agent';
import { get, hasProperty, toString } from '../operations';
import { iterableToList } from '../iteration';
import { isObject, JSArray, JSObject, type Value } from '../values';
import { defineConstructor, defineMethod, defineValue } from './define';

export const NATIVE_ERRORS = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'] as const;

export class ErrorObject extends JSObject {
  override className = 'Error';
}

export function installErrors(a: Agent): void {
  const I = a.intrinsics;
  const make = (name: string, proto: JSObject, parent: Value, messageIndex: number, before?: (o: JSObject, args: Value[]) => void) => {
    const C = defineConstructor(a, name, messageIndex + 1, proto, (_this, args, newTarget) => {
      const target = newTarget ?? C;
      const p = get(a, target, 'prototype');
      const o = new ErrorObject(isObject(p) ? p : proto);
      before?.(o, args);
      const message = args[messageIndex];
      if (message !== undefined) o.defineOwnProperty('message', { value: toString(a, message), writable: true, enumerable: false, configurable: true });
      const options = args[messageIndex + 1];
      if (isObject(options) && hasProperty(options, 'cause')) {
        o.defineOwnProperty('cause', { value: get(a, options, 'cause'), writable: true, enumerable: false, configurable: true });
      }
      // `stack`: the error's own header line plus the interpreted call stack, as V8 builds it.
      const header = errorHeader(a, o);
      const frames = a.stackTrace();
      o.defineOwnProperty('stack', { value: frames ? `${header}\n${frames}` : header, writable: true, enumerable: false, configurable: true });
      return o;
    });
    if (parent) C.proto = parent as JSObject;
    defineValue(proto, 'name', name);
    defineValue(proto, 'message', '');
    return C;
  };
  const EP = I.ErrorPrototype;
  I.Error = make('Error', EP, null, 0);
  defineMethod(a, EP, 'toString', 0, (thisArg) => {
    if (!isObject(thisArg)) throw a.typeError('Error.prototype.toString requires that \'this\' be an Object');
    return errorHeader(a, thisArg);
  });
  for (const name of NATIVE_ERRORS) {
    const proto = new JSObject(EP);
    const C = make(name, proto, I.Error, 0);
    (I as unknown as Record<string, Value>)[name] = C;
  }
  const aggregateProto = new JSObject(EP);
  make('AggregateError', aggregateProto, I.Error, 1, (o, args) => {
    const errors = new JSArray(I.ArrayPrototype, iterableToList(a, args[0]));
    o.defineOwnProperty('errors', { value: errors, writable: true, enumerable: false, configurable: true });
  });
}

/** `Name: message`, as Error.prototype.toString. */
export function errorHeader(a: Agent, o: JSObject): string {
  const name = get(a, o, 'name');
  const message = get(a, o, 'message');
  const n = name === undefined ? 'Error' : toString(a, name);
  const m = message === undefined ? '' : toString(a, message);
  if (!n) return m;
  if (!m) return n;
  return `${n}: ${m}`;
}
