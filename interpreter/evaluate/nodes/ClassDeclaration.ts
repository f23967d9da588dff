/** https://tc39.es/ecma262/#sec-class-definitions-runtime-semantics-evaluation (declarations) */
import type * as ESTree from 'estree';
import { defineClass } from '../classes';
import type { Scope } from '../scope';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeClassDeclaration(
  node: ESTree.ClassDeclaration,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  const cls = yield* defineClass(node, scope);
  const b = scope.lookup(node.id!.name)!;
  b.value = cls;
  b.initialized = true;
  return NORMAL;
}
