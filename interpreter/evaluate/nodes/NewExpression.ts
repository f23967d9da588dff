/** https://tc39.es/ecma262/#sec-new-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { type Value, JSFunction } from '../../realm/values';
import { renderExpression } from '../callPrinter';
import { evaluate } from '../evaluate';
import { rangeOf } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';
import { evaluateArguments } from './CallExpression';

export function* evaluateNewExpression(node: ESTree.NewExpression, scope: Scope): Gen<Value> {
  const a = scope.agent;
  const callee = yield* evaluate(node.callee, scope);
  const args = yield* evaluateArguments(node.arguments, scope);
  if (!(callee instanceof JSFunction) || !callee.isConstructor)
    throw a.typeError(`${renderExpression(node.callee)} is not a constructor`);
  a.step(node);
  return (yield { kind: 'construct', callee, args, newTarget: callee, callSite: rangeOf(node) })
    .value;
}
