/** https://tc39.es/ecma262/#sec-class-definitions-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Value } from '../../realm/values';
import { defineClass } from '../classes';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateClassExpression(
  node: ESTree.ClassExpression,
  scope: Scope,
  nameHint?: string,
): Gen<Value> {
  return yield* defineClass(node, scope, nameHint);
}
