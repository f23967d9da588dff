/** https://tc39.es/ecma262/#sec-block-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import { executeStatements } from '../statements';
import type { Completion, Gen } from '../types';

export function* executeBlockStatement(node: ESTree.BlockStatement, scope: Scope): Gen<Completion> {
  return yield* executeStatements(node.body, scope.child());
}
