/** https://tc39.es/ecma262/#sec-await-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { resumedFromAwait } from '../await';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import { evaluatesPlainly } from '../suspends';
import type { Gen } from '../types';

/**
 * Suspends where awaitValue would, but in this generator: every resumption passes down through
 * each generator level of the body, so the await of an expression saves one.
 */
export function* evaluateAwaitExpression(node: ESTree.AwaitExpression, scope: Scope): Gen<Value> {
  const argument = node.argument;
  const value = evaluatesPlainly(scope.agent, argument)
    ? evaluatePlain(argument, scope)
    : yield* evaluate(argument, scope);
  return resumedFromAwait(yield { kind: 'await', value });
}
