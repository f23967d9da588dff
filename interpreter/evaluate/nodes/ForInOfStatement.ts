/** for-in, for-of and for-await-of: https://tc39.es/ecma262/#sec-runtime-semantics-forinofloopevaluation */
import type * as ESTree from 'estree';
import {
  getIterator,
  iteratorStep,
  iteratorClose,
  type IteratorRecord,
} from '../../realm/iteration';
import { hasProperty, toObject } from '../../realm/operations';
import { type JSObject, ThrowSignal, type Value } from '../../realm/values';
import { asyncIteratorStep, getAsyncIterator, asyncIteratorClose } from '../asyncIteration';
import { evaluate } from '../evaluate';
import { afterBreak, loopContinues } from '../loopCompletion';
import { boundNames, type BindingMode, bindPattern } from '../patterns';
import type { Scope } from '../scope';
import { execute } from '../statements';
import { ReturnSignal, type Completion, type Gen, NORMAL } from '../types';

export function* executeForInOf(
  node: ESTree.ForInStatement | ESTree.ForOfStatement,
  outer: Scope,
  labels: string[] | null,
): Gen<Completion> {
  const a = outer.agent;
  a.step(node.right);
  const left = node.left;
  const lexical = left.type === 'VariableDeclaration' && left.kind !== 'var';
  // TDZ scope for the right-hand side: `for (let x of x)` is a ReferenceError.
  const tdz = outer.child();
  if (lexical)
    for (const d of left.declarations)
      for (const n of boundNames(d.id)) tdz.declare(n, undefined, false, false);
  const subject = yield* evaluate(node.right, lexical ? tdz : outer);
  let iterator: IteratorRecord | null = null;
  let keys: string[] = [];
  let forInObject: JSObject | null = null;
  let isAwait = false;
  if (node.type === 'ForOfStatement') {
    isAwait = node.await;
    iterator = isAwait ? getAsyncIterator(a, subject) : getIterator(a, subject, node.right);
  } else {
    if (subject === undefined || subject === null) return NORMAL;
    forInObject = toObject(a, subject);
    keys = forInKeys(forInObject);
  }
  let index = 0;
  for (;;) {
    let value: Value;
    if (iterator) {
      const r = isAwait ? yield* asyncIteratorStep(a, iterator) : iteratorStep(a, iterator);
      if (r.done) return NORMAL;
      value = r.value;
    } else {
      // A key deleted before it is visited is not visited (https://tc39.es/ecma262/#sec-enumerate-object-properties).
      while (index < keys.length && !hasProperty(forInObject!, keys[index])) index++;
      if (index >= keys.length) return NORMAL;
      value = keys[index++];
    }
    const scope = outer.child();
    let c: Completion;
    try {
      a.step(left);
      if (left.type === 'VariableDeclaration') {
        const mode: BindingMode =
          left.kind === 'var' ? 'var' : left.kind === 'const' ? 'const' : 'let';
        yield* bindPattern(left.declarations[0].id, value, scope, mode, null);
      } else {
        yield* bindPattern(left as ESTree.Pattern, value, scope, 'assign', null);
      }
      c = yield* execute(node.body, scope);
    } catch (e) {
      if (iterator && (e instanceof ThrowSignal || e instanceof ReturnSignal)) {
        try {
          if (isAwait) yield* asyncIteratorClose(a, iterator);
          else iteratorClose(a, iterator);
        } catch (closeError) {
          if (!(closeError instanceof ThrowSignal) || !(e instanceof ThrowSignal)) throw closeError;
        }
      }
      throw e;
    }
    if (!loopContinues(c, labels)) {
      if (iterator) {
        if (isAwait) yield* asyncIteratorClose(a, iterator);
        else iteratorClose(a, iterator);
      }
      return afterBreak(c, labels);
    }
  }
}

/** EnumerateObjectProperties: own enumerable string keys, then the prototype chain's, no repeats. */
function forInKeys(obj: JSObject): string[] {
  const seen = new Set<string>();
  const keys: string[] = [];
  for (let o: JSObject | null = obj; o; o = o.proto) {
    for (const key of o.ownKeys()) {
      if (typeof key !== 'string' || seen.has(key)) continue;
      seen.add(key);
      if (o.getOwnProperty(key)?.enumerable) keys.push(key);
    }
  }
  return keys;
}
