/** https://tc39.es/ecma262/#sec-block-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import { executeStatements, executeStatementsPlain } from '../statements';
import type { Completion, Gen } from '../types';

export function* executeBlockStatement(node: ESTree.BlockStatement, scope: Scope): Gen<Completion> {
  return yield* executeStatements(node.body, scope.child());
}

export function executeBlockStatementPlain(node: ESTree.BlockStatement, scope: Scope): Completion {
  return executeStatementsPlain(node.body, scope.child());
}
