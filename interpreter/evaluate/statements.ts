/**
 * Statements: https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations.
 * Each returns a completion record; throws travel as ThrowSignal (see types.ts). One dispatcher;
 * each node type is executed in nodes/<Type>.ts. A statement that cannot suspend (suspends.ts)
 * goes to the second dispatcher, `executePlain`: plain calls instead of a host generator per node.
 */
import type * as ESTree from 'estree';
import { hoistLexical } from './hoisting';
import { executeBlockStatement, executeBlockStatementPlain } from './nodes/BlockStatement';
import { executeBreakStatement } from './nodes/BreakStatement';
import { executeClassDeclaration } from './nodes/ClassDeclaration';
import { executeContinueStatement } from './nodes/ContinueStatement';
import {
  executeExpressionStatement,
  executeExpressionStatementPlain,
} from './nodes/ExpressionStatement';
import { executeForInOf } from './nodes/ForInOfStatement';
import { executeFor, executeForPlain } from './nodes/ForStatement';
import { executeFunctionDeclaration } from './nodes/FunctionDeclaration';
import { executeIfStatement, executeIfStatementPlain } from './nodes/IfStatement';
import { executeLabeled } from './nodes/LabeledStatement';
import { executeReturnStatement, executeReturnStatementPlain } from './nodes/ReturnStatement';
import { executeSwitch } from './nodes/SwitchStatement';
import { executeThrowStatement, executeThrowStatementPlain } from './nodes/ThrowStatement';
import { executeTry } from './nodes/TryStatement';
import {
  executeVariableDeclaration,
  executeVariableDeclarationPlain,
} from './nodes/VariableDeclaration';
import { loop, loopPlain } from './nodes/WhileStatement';
import type { Scope } from './scope';
import { suspends } from './suspends';
import { type Completion, type Gen, NORMAL } from './types';

export type Statement = ESTree.Statement | ESTree.ModuleDeclaration;

export function* executeStatements(body: Statement[], scope: Scope): Gen<Completion> {
  hoistLexical(scope.agent, body, scope);
  let last: Completion = NORMAL;
  for (const stmt of body) {
    const c = suspends(stmt) ? yield* execute(stmt, scope) : executePlain(stmt, scope);
    if (c.type !== 'normal') return c;
    if (c.value !== undefined) last = c;
  }
  return last;
}

export function* execute(node: Statement, scope: Scope): Gen<Completion> {
  if (!suspends(node)) return executePlain(node, scope);
  switch (node.type) {
    case 'ExpressionStatement':
      return yield* executeExpressionStatement(node, scope);
    case 'VariableDeclaration':
      return yield* executeVariableDeclaration(node, scope);
    case 'FunctionDeclaration':
      return executeFunctionDeclaration(node, scope);
    case 'ClassDeclaration':
      return yield* executeClassDeclaration(node, scope);
    case 'ReturnStatement':
      return yield* executeReturnStatement(node, scope);
    case 'IfStatement':
      return yield* executeIfStatement(node, scope);
    case 'BlockStatement':
      return yield* executeBlockStatement(node, scope);
    case 'EmptyStatement':
      return NORMAL;
    case 'ThrowStatement':
      return yield* executeThrowStatement(node, scope);
    case 'TryStatement':
      return yield* executeTry(node, scope);
    case 'WhileStatement':
      return yield* loop(node, scope, null);
    case 'DoWhileStatement':
      return yield* loop(node, scope, null);
    case 'ForStatement':
      return yield* executeFor(node, scope, null);
    case 'ForInStatement':
    case 'ForOfStatement':
      return yield* executeForInOf(node, scope, null);
    case 'BreakStatement':
      return executeBreakStatement(node, scope);
    case 'ContinueStatement':
      return executeContinueStatement(node, scope);
    case 'LabeledStatement':
      return yield* executeLabeled(node, scope, []);
    case 'SwitchStatement':
      return yield* executeSwitch(node, scope);
    case 'DebuggerStatement':
      return NORMAL;
    default:
      throw new Error(`internal: no evaluator for statement ${node.type}`);
  }
}

/** executeStatements when no statement can suspend. */
export function executeStatementsPlain(body: Statement[], scope: Scope): Completion {
  hoistLexical(scope.agent, body, scope);
  let last: Completion = NORMAL;
  for (const stmt of body) {
    const c = executePlain(stmt, scope);
    if (c.type !== 'normal') return c;
    if (c.value !== undefined) last = c;
  }
  return last;
}

/** Executes a statement that cannot suspend (`suspends(node)` is false) without generators. */
export function executePlain(node: Statement, scope: Scope): Completion {
  switch (node.type) {
    case 'ExpressionStatement':
      return executeExpressionStatementPlain(node, scope);
    case 'VariableDeclaration':
      return executeVariableDeclarationPlain(node, scope);
    case 'FunctionDeclaration':
      return executeFunctionDeclaration(node, scope);
    case 'IfStatement':
      return executeIfStatementPlain(node, scope);
    case 'ReturnStatement':
      return executeReturnStatementPlain(node, scope);
    case 'BlockStatement':
      return executeBlockStatementPlain(node, scope);
    case 'EmptyStatement':
      return NORMAL;
    case 'ThrowStatement':
      return executeThrowStatementPlain(node, scope);
    case 'WhileStatement':
      return loopPlain(node, scope, null);
    case 'DoWhileStatement':
      return loopPlain(node, scope, null);
    case 'ForStatement':
      return executeForPlain(node, scope, null);
    case 'BreakStatement':
      return executeBreakStatement(node, scope);
    case 'ContinueStatement':
      return executeContinueStatement(node, scope);
    case 'DebuggerStatement':
      return NORMAL;
    default:
      throw new Error(`internal: no plain evaluator for statement ${node.type}`);
  }
}
