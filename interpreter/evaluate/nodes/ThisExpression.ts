/** https://tc39.es/ecma262/#sec-this-keyword-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { thisValue } from '../references';
import type { Scope } from '../scope';

export function evaluateThisExpression(_node: ESTree.ThisExpression, scope: Scope): Value {
  return thisValue(scope.agent, scope);
}
