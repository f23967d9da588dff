/** https://tc39.es/ecma262/#sec-optional-chaining-evaluation: `a?.b` short-circuits to undefined. */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { evaluate } from '../evaluate';
import { SHORT_CIRCUIT } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateChainExpression(node: ESTree.ChainExpression, scope: Scope): Gen<Value> {
  try {
    return yield* evaluate(node.expression, scope);
  } catch (e) {
    if (e === SHORT_CIRCUIT) return undefined;
    throw e;
  }
}
