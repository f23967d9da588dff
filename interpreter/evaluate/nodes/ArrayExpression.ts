/** https://tc39.es/ecma262/#sec-array-initializer-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { iterableToList } from '../../realm/iteration';
import { type Element, HOLE, JSArray, type Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateArrayExpressionPlain(node: ESTree.ArrayExpression, scope: Scope): Value {
  const a = scope.agent;
  const items: Element[] = [];
  for (const e of node.elements) {
    if (e === null) items.push(HOLE);
    else if (e.type === 'SpreadElement')
      items.push(...iterableToList(a, evaluatePlain(e.argument, scope), e.argument));
    else items.push(evaluatePlain(e, scope));
  }
  return new JSArray(a.intrinsics.ArrayPrototype, items);
}

export function* evaluateArrayExpression(node: ESTree.ArrayExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const items: Element[] = [];
  for (const e of node.elements) {
    if (e === null) items.push(HOLE);
    else if (e.type === 'SpreadElement')
      items.push(...iterableToList(a, yield* evaluate(e.argument, scope), e.argument));
    else items.push(yield* evaluate(e, scope));
  }
  return new JSArray(a.intrinsics.ArrayPrototype, items);
}
