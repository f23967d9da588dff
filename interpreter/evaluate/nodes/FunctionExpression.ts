/** https://tc39.es/ecma262/#sec-function-definitions-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { makeFunction } from '../functions';
import type { Scope } from '../scope';

export function evaluateFunctionExpression(
  node: ESTree.FunctionExpression,
  scope: Scope,
  nameHint?: string,
): Value {
  const a = scope.agent;
  if (node.id) {
    // A named function expression sees its own name in a scope of its own.
    const ownScope = scope.child();
    const f = makeFunction(a, node, ownScope, node.id.name);
    ownScope.declare(node.id.name, f, false);
    ownScope.own(node.id.name)!.silentImmutable = true;
    return f;
  }
  return makeFunction(a, node, scope, nameHint ?? '');
}
