/**
 * How V8 names an expression in its TypeErrors ("o.f is not a function", "{} is not iterable"):
 * a port of the printing rules of V8's CallPrinter (src/ast/prettyprinter.cc). Once the printer
 * has found the culprit it prints sub-expressions it knows and "(intermediate value)" for the rest.
 */
import type * as ESTree from 'estree';

const INTERMEDIATE = '(intermediate value)';

/** The culprit expression as V8 prints it, e.g. `o.a[0]`, `(intermediate value).m`, `"str"`. */
export function renderExpression(node: ESTree.Node, iteratorError = false): string {
  return find(node, true, iteratorError);
}

/** "x is not iterable" for the iterable expression at `node`. */
export function notIterableMessage(node: ESTree.Node): string {
  if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    return `${renderExpression(node.callee, true)} is not a function or its return value is not iterable`;
  }
  return `${renderExpression(node, true)} is not iterable`;
}

function find(node: ESTree.Node, print: boolean, iteratorError: boolean): string {
  if (print) {
    const text = visit(node, iteratorError);
    if (text) return text;
  }
  return INTERMEDIATE;
}

const UNARY_WITH_SPACE = new Set(['typeof', 'void', 'delete']);

function visit(node: ESTree.Node, iteratorError: boolean): string {
  const f = (n: ESTree.Node, print = true) => find(n, print, iteratorError);
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'PrivateIdentifier':
      return `#${node.name}`;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      if (typeof node.value === 'string') return `"${node.value}"`;
      if ('bigint' in node && node.bigint) return `${node.bigint}n`;
      if ('regex' in node && node.regex) return `/${node.regex.pattern}/${node.regex.flags}`;
      return String(node.value);
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return `"${node.quasis[0].value.cooked ?? ''}"`;
      return node.expressions.map((e) => f(e)).join('');
    case 'MemberExpression': {
      const object = node.object.type === 'Super' ? INTERMEDIATE : f(node.object);
      const property = node.property;
      if (!node.computed && property.type === 'Identifier')
        return `${object}${node.optional ? '?' : ''}.${property.name}`;
      if (property.type === 'PrivateIdentifier')
        return `${object}${node.optional ? '?' : ''}.#${property.name}`;
      if (property.type === 'Literal' && typeof property.value === 'string')
        return `${object}${node.optional ? '?' : ''}.${property.value}`;
      return `${object}${node.optional ? '?.' : ''}[${f(property)}]`;
    }
    case 'ChainExpression':
      return visit(node.expression, iteratorError);
    case 'CallExpression':
      if (node.callee.type === 'Super') return '';
      return `${f(node.callee)}${iteratorError ? '' : '(...)'}`;
    case 'NewExpression':
      return find(node.callee, iteratorError, iteratorError);
    case 'ArrayExpression':
      return `[${node.elements.map((e) => (e ? f(e) : '')).join(',')}]`;
    case 'SpreadElement':
      return `(...${f(node.argument)})`;
    case 'ObjectExpression':
      return `{${node.properties.map(() => INTERMEDIATE).join('')}}`;
    case 'UnaryExpression':
      return `(${node.operator}${UNARY_WITH_SPACE.has(node.operator) ? ' ' : ''}${f(node.argument)})`;
    case 'UpdateExpression':
      return node.prefix
        ? `(${node.operator}${f(node.argument)})`
        : `(${f(node.argument)}${node.operator})`;
    case 'BinaryExpression':
    case 'LogicalExpression':
      return `(${f(node.left)} ${node.operator} ${f(node.right)})`;
    case 'SequenceExpression':
      return `(${node.expressions.map((e) => f(e)).join(' , ')})`;
    case 'ConditionalExpression':
      return INTERMEDIATE.repeat(3);
    case 'AssignmentExpression':
      return f(node.left);
    default:
      return '';
  }
}
