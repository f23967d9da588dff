/** https://tc39.es/ecma262/#sec-identifiers-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { lookupName } from '../references';
import type { Scope } from '../scope';

export function evaluateIdentifier(node: ESTree.Identifier, scope: Scope): Value {
  return lookupName(scope.agent, node.name, scope);
}
