/**
 * Which nodes can be evaluated by plain function calls instead of host generators.
 *
 * An evaluation generator yields for three reasons only: `await`, `yield`, and an interpreted
 * call that the trampoline (drive.ts) runs without host recursion (call syntax: `f()`, `new F`,
 * tagged templates, `super()`). A subtree with none of those, made only of the node types that
 * have a plain evaluator, never yields; the dispatchers in evaluate.ts and statements.ts run it
 * with `evaluatePlain` / `executePlain`, which record exactly the same steps. Calls made
 * implicitly (getters, valueOf, toString) go through Agent.call in both paths alike.
 *
 * `runsPlain` is the weaker question: could the plain evaluators run the subtree if the plain
 * `f()` made its interpreted calls on the host stack? That is how the body of an ordinary
 * function runs when the host stack has room for it (functions.ts, callPlain).
 *
 * Both answers are static properties of the node, computed once and kept on the node.
 */
import type * as ESTree from 'estree';
import { type Agent, MAX_PLAIN_CALL_DEPTH } from '../agent';

interface Annotated {
  /** Cached answer of `suspends`. */
  loopscopeSuspends?: boolean;
  /** Cached answer of `runsPlain`. */
  loopscopeRunsPlain?: boolean;
}

/** Whether evaluating `node` may yield to its driver (see above); true for unknown node types. */
export function suspends(node: ESTree.Node): boolean {
  const cached = (node as Annotated).loopscopeSuspends;
  if (cached !== undefined) return cached;
  const answer = needsGenerator(node, true);
  (node as Annotated).loopscopeSuspends = answer;
  return answer;
}

/**
 * Whether the plain evaluators can run `node` when interpreted calls may run on the host stack
 * (see above): no `await` or `yield`, and only node types with a plain evaluator.
 */
export function runsPlain(node: ESTree.Node): boolean {
  const cached = (node as Annotated).loopscopeRunsPlain;
  if (cached !== undefined) return cached;
  const answer = !needsGenerator(node, false);
  (node as Annotated).loopscopeRunsPlain = answer;
  return answer;
}

/**
 * Whether the dispatchers evaluate `node` plainly: when it cannot suspend, or when it runsPlain
 * and the host stack has room for the calls it makes (see MAX_PLAIN_CALL_DEPTH).
 */
export function evaluatesPlainly(a: Agent, node: ESTree.Node): boolean {
  return !suspends(node) || (a.plainCallDepth < MAX_PLAIN_CALL_DEPTH && runsPlain(node));
}

/**
 * The shared rules of `suspends` and `runsPlain`: whether `node` needs a generator. Call syntax
 * needs one only when `callsSuspend` (the question of `suspends`).
 */
function needsGenerator(node: ESTree.Node, callsSuspend: boolean): boolean {
  const needs = callsSuspend ? suspends : (n: ESTree.Node) => !runsPlain(n);
  const anyNeeds = (nodes: ReadonlyArray<ESTree.Node | null>): boolean =>
    nodes.some((n) => n !== null && needs(n));
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'ThisExpression':
    case 'MetaProperty':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'EmptyStatement':
    case 'DebuggerStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'FunctionDeclaration':
      return false;
    case 'BinaryExpression':
      return node.left.type === 'PrivateIdentifier' || needs(node.left) || needs(node.right);
    case 'LogicalExpression':
      return needs(node.left) || needs(node.right);
    case 'UnaryExpression':
      return node.operator === 'delete' || needs(node.argument);
    case 'UpdateExpression':
      return needs(node.argument);
    case 'AssignmentExpression':
      return (
        (node.left.type !== 'Identifier' && node.left.type !== 'MemberExpression') ||
        needs(node.left) ||
        needs(node.right)
      );
    case 'MemberExpression':
      return (
        (node.object.type !== 'Super' && needs(node.object)) ||
        node.property.type === 'PrivateIdentifier' ||
        (node.computed && needs(node.property))
      );
    case 'ConditionalExpression':
      return needs(node.test) || needs(node.consequent) || needs(node.alternate);
    case 'SequenceExpression':
      return anyNeeds(node.expressions);
    case 'TemplateLiteral':
      return anyNeeds(node.expressions);
    case 'ArrayExpression':
      return node.elements.some(
        (e) => e !== null && needs(e.type === 'SpreadElement' ? e.argument : e),
      );
    case 'ExpressionStatement':
      return needs(node.expression);
    case 'VariableDeclaration':
      return node.declarations.some(
        (d) =>
          d.id.type !== 'Identifier' || (d.init !== null && d.init !== undefined && needs(d.init)),
      );
    case 'IfStatement':
      return (
        needs(node.test) ||
        needs(node.consequent) ||
        (node.alternate !== null && node.alternate !== undefined && needs(node.alternate))
      );
    case 'BlockStatement':
      return anyNeeds(node.body);
    case 'WhileStatement':
    case 'DoWhileStatement':
      return needs(node.test) || needs(node.body);
    case 'ForStatement':
      return (
        (node.init !== null && node.init !== undefined && needs(node.init)) ||
        (node.test !== null && node.test !== undefined && needs(node.test)) ||
        (node.update !== null && node.update !== undefined && needs(node.update)) ||
        needs(node.body)
      );
    case 'ThrowStatement':
      return needs(node.argument);
    case 'ReturnStatement':
      // In an async generator `return x` awaits x: markAsyncGeneratorReturns marks those.
      return node.argument !== null && node.argument !== undefined && needs(node.argument);
    case 'CallExpression':
      // `super()` and `f?.()` (inside a chain) have no plain evaluator.
      return (
        callsSuspend ||
        node.callee.type === 'Super' ||
        node.optional ||
        needs(node.callee) ||
        node.arguments.some((arg) => needs(arg.type === 'SpreadElement' ? arg.argument : arg))
      );
    default:
      return true;
  }
}

const marked = new WeakSet<ESTree.Node>();
const awaitingReturns = new WeakSet<ESTree.Node>();

/**
 * Marks every `return expr` of an async generator's own body (not of functions or arrows inside
 * it) as one that awaits expr, and so as suspending. Called when such a function is made, before
 * its body first runs, so no enclosing statement's answer was computed without it.
 */
export function markAsyncGeneratorReturns(body: ESTree.Node): void {
  if (marked.has(body)) return;
  marked.add(body);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as ESTree.Node;
    if (
      node.type === 'FunctionExpression' ||
      node.type === 'FunctionDeclaration' ||
      node.type === 'ArrowFunctionExpression'
    )
      return;
    if (node.type === 'ReturnStatement' && node.argument) {
      awaitingReturns.add(node);
      (node as Annotated).loopscopeSuspends = true;
      (node as Annotated).loopscopeRunsPlain = false;
    }
    for (const key in node) {
      if (
        key === 'loc' ||
        key === 'range' ||
        key === 'loopscopeSuspends' ||
        key === 'loopscopeRunsPlain'
      )
        continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (child && typeof child === 'object') visit(child);
    }
  };
  visit(body);
}

/** Whether a return statement awaits its value: https://tc39.es/ecma262/#sec-return-statement-runtime-semantics-evaluation step 3. */
export function returnAwaits(node: ESTree.ReturnStatement): boolean {
  return awaitingReturns.has(node);
}
