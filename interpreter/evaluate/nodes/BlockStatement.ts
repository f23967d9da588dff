/** https://tc39.es/ecma262/#sec-block-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import {
  execute,
  executeStatements,
  executeStatementsPlain,
  runStatementsPlain,
} from '../statements';
import type { Completion, Gen } from '../types';

/**
 * The statement list's own generator, or the statement's when a block that needs no scope holds
 * just one (a loop's usual body): it declares nothing, so there is nothing to hoist, and its
 * completion is the block's. A generator of the block's own would add a level that every
 * suspension inside passes through.
 */
export function executeBlockStatement(node: ESTree.BlockStatement, scope: Scope): Gen<Completion> {
  if (needsOwnScope(node)) return executeStatements(node.body, scope.child());
  if (node.body.length === 1) return execute(node.body[0], scope);
  return executeStatements(node.body, scope);
}

/** A block that needs no scope declares nothing lexically (see needsOwnScope): nothing to hoist. */
export function executeBlockStatementPlain(node: ESTree.BlockStatement, scope: Scope): Completion {
  if (needsOwnScope(node)) return executeStatementsPlain(node.body, scope.child());
  return runStatementsPlain(node.body, scope);
}

/** The cached answer of `needsOwnScope`, kept on the node (a WeakMap lookup per block run showed). */
interface Annotated {
  loopscopeOwnScope?: boolean;
}

/**
 * Whether a block needs a scope of its own. The spec makes one for every block; only a block
 * that declares something lexically, or holds something that could make a scope below it (a
 * closure, a class, a loop, a switch, a try, a block that needs one), can tell. Nothing else
 * can, not even the trace: a scope is recorded only with a binding of it or of a scope below.
 * Loop bodies are the common case: no scope per iteration.
 */
export function needsOwnScope(node: ESTree.BlockStatement): boolean {
  const cached = (node as Annotated).loopscopeOwnScope;
  if (cached !== undefined) return cached;
  const needs = node.body.some(declaresLexically) || node.body.some(mayMakeScope);
  (node as Annotated).loopscopeOwnScope = needs;
  return needs;
}

function declaresLexically(stmt: ESTree.Statement): boolean {
  return (
    (stmt.type === 'VariableDeclaration' && stmt.kind !== 'var') ||
    stmt.type === 'ClassDeclaration' ||
    stmt.type === 'FunctionDeclaration'
  );
}

function mayMakeScope(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(mayMakeScope);
  switch ((n as ESTree.Node).type) {
    case 'BlockStatement':
      return needsOwnScope(n as ESTree.BlockStatement);
    case 'FunctionExpression':
    case 'FunctionDeclaration':
    case 'ArrowFunctionExpression':
    case 'ClassExpression':
    case 'ClassDeclaration':
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'SwitchStatement':
    case 'TryStatement':
      return true;
  }
  for (const key in n) {
    if (key === 'loc' || key === 'range') continue;
    if (mayMakeScope((n as Record<string, unknown>)[key])) return true;
  }
  return false;
}
