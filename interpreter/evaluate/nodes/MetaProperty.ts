/** `new.target`: https://tc39.es/ecma262/#sec-meta-properties-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import type { Scope } from '../scope';

export function evaluateMetaProperty(_node: ESTree.MetaProperty, scope: Scope): Value {
  return scope.fn.newTarget;
}
