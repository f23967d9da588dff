/**
 * Statements: https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations.
 * Each returns a completion record; throws travel as ThrowSignal (see types.ts). One dispatcher;
 * each node type is executed in nodes/<Type>.ts. A statement that evaluates plainly (suspends.ts:
 * evaluatesPlainly) goes to the second dispatcher, `executePlain`: plain calls instead of a host
 * generator per node.
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
import { evaluatesPlainly } from './suspends';
import { type Completion, finished, type Gen, NORMAL } from './types';

export type Statement = ESTree.Statement | ESTree.ModuleDeclaration;

/**
 * NON-SPEC: a statement list completes with an empty normal completion, not with the value of
 * its last value-producing statement: that value is observable only through eval and a script's
 * result, and neither exists here (the script's result is never shown). So expression
 * statements need not make a completion record each.
 */
export function* executeStatements(body: Statement[], scope: Scope): Gen<Completion> {
  hoistLexical(scope.agent, body, scope);
  for (const stmt of body) {
    const c = evaluatesPlainly(scope.agent, stmt)
      ? executePlain(stmt, scope)
      : yield* execute(stmt, scope);
    if (c.type !== 'normal') return c;
  }
  return NORMAL;
}

export function execute(node: Statement, scope: Scope): Gen<Completion> {
  if (evaluatesPlainly(scope.agent, node)) return finished(executePlain(node, scope));
  switch (node.type) {
    case 'ExpressionStatement':
      return executeExpressionStatement(node, scope);
    case 'VariableDeclaration':
      return executeVariableDeclaration(node, scope);
    case 'FunctionDeclaration':
      return finished(executeFunctionDeclaration(node, scope));
    case 'ClassDeclaration':
      return executeClassDeclaration(node, scope);
    case 'ReturnStatement':
      return executeReturnStatement(node, scope);
    case 'IfStatement':
      return executeIfStatement(node, scope);
    case 'BlockStatement':
      return executeBlockStatement(node, scope);
    case 'EmptyStatement':
      return finished(NORMAL);
    case 'ThrowStatement':
      return executeThrowStatement(node, scope);
    case 'TryStatement':
      return executeTry(node, scope);
    case 'WhileStatement':
      return loop(node, scope, null);
    case 'DoWhileStatement':
      return loop(node, scope, null);
    case 'ForStatement':
      return executeFor(node, scope, null);
    case 'ForInStatement':
    case 'ForOfStatement':
      return executeForInOf(node, scope, null);
    case 'BreakStatement':
      return finished(executeBreakStatement(node, scope));
    case 'ContinueStatement':
      return finished(executeContinueStatement(node, scope));
    case 'LabeledStatement':
      return executeLabeled(node, scope, []);
    case 'SwitchStatement':
      return executeSwitch(node, scope);
    case 'DebuggerStatement':
      return finished(NORMAL);
    default:
      throw new Error(`internal: no evaluator for statement ${node.type}`);
  }
}

/** executeStatements when no statement can suspend. */
export function executeStatementsPlain(body: Statement[], scope: Scope): Completion {
  hoistLexical(scope.agent, body, scope);
  return runStatementsPlain(body, scope);
}

/** The statements in order, with nothing (left) to hoist: their declarations are made. */
export function runStatementsPlain(body: Statement[], scope: Scope): Completion {
  for (const stmt of body) {
    const c = executePlain(stmt, scope);
    if (c.type !== 'normal') return c;
  }
  return NORMAL;
}

/** Executes a statement without generators (`evaluatesPlainly(node)`, see suspends.ts). */
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
