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
 * The answer is a static property of the node, computed once and kept on the node.
 */
import type * as ESTree from 'estree';

interface Annotated {
  /** Cached answer of `suspends`. */
  loopscopeSuspends?: boolean;
}

/** Whether evaluating `node` may yield to its driver (see above); true for unknown node types. */
export function suspends(node: ESTree.Node): boolean {
  const cached = (node as Annotated).loopscopeSuspends;
  if (cached !== undefined) return cached;
  const answer = computeSuspends(node);
  (node as Annotated).loopscopeSuspends = answer;
  return answer;
}

const anySuspends = (nodes: ReadonlyArray<ESTree.Node | null>): boolean =>
  nodes.some((n) => n !== null && suspends(n));

function computeSuspends(node: ESTree.Node): boolean {
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
      return node.left.type === 'PrivateIdentifier' || suspends(node.left) || suspends(node.right);
    case 'LogicalExpression':
      return suspends(node.left) || suspends(node.right);
    case 'UnaryExpression':
      return node.operator === 'delete' || suspends(node.argument);
    case 'UpdateExpression':
      return suspends(node.argument);
    case 'AssignmentExpression':
      return (
        (node.left.type !== 'Identifier' && node.left.type !== 'MemberExpression') ||
        suspends(node.left) ||
        suspends(node.right)
      );
    case 'MemberExpression':
      return (
        (node.object.type !== 'Super' && suspends(node.object)) ||
        node.property.type === 'PrivateIdentifier' ||
        (node.computed && suspends(node.property))
      );
    case 'ConditionalExpression':
      return suspends(node.test) || suspends(node.consequent) || suspends(node.alternate);
    case 'SequenceExpression':
      return anySuspends(node.expressions);
    case 'TemplateLiteral':
      return anySuspends(node.expressions);
    case 'ArrayExpression':
      return node.elements.some(
        (e) => e !== null && suspends(e.type === 'SpreadElement' ? e.argument : e),
      );
    case 'ExpressionStatement':
      return suspends(node.expression);
    case 'VariableDeclaration':
      return node.declarations.some(
        (d) =>
          d.id.type !== 'Identifier' ||
          (d.init !== null && d.init !== undefined && suspends(d.init)),
      );
    case 'IfStatement':
      return (
        suspends(node.test) ||
        suspends(node.consequent) ||
        (node.alternate !== null && node.alternate !== undefined && suspends(node.alternate))
      );
    case 'BlockStatement':
      return anySuspends(node.body);
    case 'WhileStatement':
    case 'DoWhileStatement':
      return suspends(node.test) || suspends(node.body);
    case 'ForStatement':
      return (
        (node.init !== null && node.init !== undefined && suspends(node.init)) ||
        (node.test !== null && node.test !== undefined && suspends(node.test)) ||
        (node.update !== null && node.update !== undefined && suspends(node.update)) ||
        suspends(node.body)
      );
    case 'ThrowStatement':
      return suspends(node.argument);
    case 'ReturnStatement':
      // In an async generator `return x` awaits x: markAsyncGeneratorReturns marks those.
      return node.argument !== null && node.argument !== undefined && suspends(node.argument);
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
    }
    for (const key in node) {
      if (key === 'loc' || key === 'range' || key === 'loopscopeSuspends') continue;
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
