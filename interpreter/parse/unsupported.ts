/**
 * Constructs the interpreter does not run are refused before anything runs, with their name and
 * position, so that nothing is half-run and nothing false is shown.
 */
import { getLineInfo, type Node, type Program } from 'acorn';
import type { Diagnostic } from '../trace/types';

export interface Unsupported {
  feature: string;
  diagnostic: Diagnostic;
}

/** Globals of JavaScript that the realm does not provide (yet), and why people meet them. */
const UNSUPPORTED_GLOBALS: Record<string, string> = {
  Proxy: 'Proxy',
  eval: 'eval',
  Date: 'Date (time is virtual in Loopscope; use setTimeout delays)',
  Intl: 'Intl',
  SharedArrayBuffer: 'SharedArrayBuffer',
  Atomics: 'Atomics',
  ArrayBuffer: 'typed arrays (ArrayBuffer)',
  DataView: 'typed arrays (DataView)',
  require: 'require (modules)',
  module: 'module (modules)',
  exports: 'exports (modules)',
  ...Object.fromEntries(
    [
      'Int8Array',
      'Uint8Array',
      'Uint8ClampedArray',
      'Int16Array',
      'Uint16Array',
      'Int32Array',
      'Uint32Array',
      'Float32Array',
      'Float64Array',
      'BigInt64Array',
      'BigUint64Array',
    ].map((n) => [n, `typed arrays (${n})`]),
  ),
};

const UNSUPPORTED_NODES: Record<string, string> = {
  WithStatement: 'with statements',
  ImportDeclaration: 'import declarations (modules)',
  ExportNamedDeclaration: 'export declarations (modules)',
  ExportDefaultDeclaration: 'export declarations (modules)',
  ExportAllDeclaration: 'export declarations (modules)',
  ImportExpression: 'import() (modules)',
};

export function findUnsupported(program: Program, source: string): Unsupported | null {
  try {
    return findUnsupportedNode(program, source);
  } catch (e) {
    // The checks below recurse over the tree, as evaluation does: a tree nested deeper than the
    // host stack allows could not run either.
    if (e instanceof RangeError) return unsupportedAt(source, program, 'code nested this deeply');
    throw e;
  }
}

function unsupportedAt(source: string, node: Node, feature: string): Unsupported {
  // Line breaks as acorn counts them (\r\n, \r, \u2028 and \u2029 too); its column is 0-based.
  const loc = getLineInfo(source, node.start);
  return {
    feature,
    diagnostic: {
      message: `not supported yet: ${feature} at ${loc.line}:${loc.column + 1}`,
      line: loc.line,
      column: loc.column + 1,
      range: [node.start, node.end],
    },
  };
}

function findUnsupportedNode(program: Program, source: string): Unsupported | null {
  const declared = declaredNames(program);
  let found: Unsupported | null = null;
  const report = (node: Node, feature: string) => {
    if (!found) found = unsupportedAt(source, node, feature);
  };
  const visit = (node: Node, parent: Node | null, key: string): void => {
    if (found) return;
    const n = node as Node & Record<string, unknown>;
    const nodeFeature = UNSUPPORTED_NODES[node.type];
    if (nodeFeature) return report(node, nodeFeature);
    if (node.type === 'Identifier' && isReference(parent, key)) {
      const name = n.name as string;
      const feature = UNSUPPORTED_GLOBALS[name];
      if (feature && !declared.has(name)) return report(node, feature);
    }
    for (const k of Object.keys(n)) {
      if (k === 'loc' || k === 'range') continue;
      const child = n[k];
      if (Array.isArray(child)) {
        for (const c of child)
          if (c && typeof c === 'object' && typeof (c as Node).type === 'string')
            visit(c as Node, node, k);
      } else if (child && typeof child === 'object' && typeof (child as Node).type === 'string')
        visit(child as Node, node, k);
    }
  };
  visit(program, null, '');
  return found;
}

/** Whether an Identifier in this position reads a variable (not a property name or a label). */
function isReference(parent: Node | null, key: string): boolean {
  if (!parent) return true;
  const p = parent as Node & Record<string, unknown>;
  if (parent.type === 'MemberExpression' && key === 'property' && !p.computed) return false;
  if (
    (parent.type === 'Property' ||
      parent.type === 'MethodDefinition' ||
      parent.type === 'PropertyDefinition') &&
    key === 'key' &&
    !p.computed
  )
    return false;
  if (
    parent.type === 'LabeledStatement' ||
    parent.type === 'BreakStatement' ||
    parent.type === 'ContinueStatement'
  )
    return false;
  return true;
}

/** Every name the program declares anywhere: a program may define its own `Date` or `eval`. */
function declaredNames(program: Program): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'VariableDeclarator') collectPattern(n.id, names);
    if ((n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration') && n.id)
      names.add((n.id as { name: string }).name);
    if (
      n.type === 'FunctionDeclaration' ||
      n.type === 'FunctionExpression' ||
      n.type === 'ArrowFunctionExpression'
    ) {
      for (const p of n.params as unknown[]) collectPattern(p, names);
    }
    if (n.type === 'CatchClause' && n.param) collectPattern(n.param, names);
    for (const k of Object.keys(n)) if (k !== 'loc' && k !== 'range') visit(n[k]);
  };
  visit(program);
  return names;
}

function collectPattern(p: unknown, names: Set<string>): void {
  const n = p as Record<string, unknown> & { type?: string };
  if (!n) return;
  switch (n.type) {
    case 'Identifier':
      names.add(n.name as string);
      return;
    case 'ObjectPattern':
      for (const prop of n.properties as Record<string, unknown>[])
        collectPattern(prop.type === 'RestElement' ? prop.argument : prop.value, names);
      return;
    case 'ArrayPattern':
      for (const e of n.elements as unknown[]) collectPattern(e, names);
      return;
    case 'RestElement':
      collectPattern(n.argument, names);
      return;
    case 'AssignmentPattern':
      collectPattern(n.left, names);
      return;
  }
}
