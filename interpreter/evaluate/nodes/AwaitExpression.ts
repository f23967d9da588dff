/** https://tc39.es/ecma262/#sec-await-operator-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { awaitValue } from '../await';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateAwaitExpression(node: ESTree.AwaitExpression, scope: Scope): Gen<Value> {
  return yield* awaitValue(yield* evaluate(node.argument, scope));
}
