/** https://tc39.es/ecma262/#sec-arrow-function-definitions-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { makeFunction } from '../functions';
import type { Scope } from '../scope';

export function evaluateArrowFunctionExpression(
  node: ESTree.ArrowFunctionExpression,
  scope: Scope,
  nameHint?: string,
): Value {
  return makeFunction(scope.agent, node, scope, nameHint ?? '');
}
