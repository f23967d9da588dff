/** https://tc39.es/ecma262/#sec-if-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import { execute, executePlain } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeIfStatement(node: ESTree.IfStatement, scope: Scope): Gen<Completion> {
  scope.agent.step(node.test);
  if (toBoolean(yield* evaluate(node.test, scope)))
    return yield* execute(clause(node.consequent), scope);
  return node.alternate ? yield* execute(clause(node.alternate), scope) : NORMAL;
}

export function executeIfStatementPlain(node: ESTree.IfStatement, scope: Scope): Completion {
  scope.agent.step(node.test);
  if (toBoolean(evaluatePlain(node.test, scope)))
    return executePlain(clause(node.consequent), scope);
  return node.alternate ? executePlain(clause(node.alternate), scope) : NORMAL;
}

const functionBlocks = new WeakMap<ESTree.FunctionDeclaration, ESTree.BlockStatement>();

/**
 * Annex B.3.4: a function declaration as the whole of an if clause (sloppy code) runs as if it
 * were in a block of its own, which creates the function and copies it to its var.
 */
function clause(statement: ESTree.Statement): ESTree.Statement {
  if (statement.type !== 'FunctionDeclaration') return statement;
  let block = functionBlocks.get(statement);
  if (block === undefined) {
    const { start, end } = statement as unknown as { start: number; end: number };
    block = { type: 'BlockStatement', body: [statement], start, end } as ESTree.BlockStatement;
    functionBlocks.set(statement, block);
  }
  return block;
}
