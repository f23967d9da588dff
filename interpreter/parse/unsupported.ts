/**
 * Constructs the interpreter does not run are refused before anything runs, with their name and
 * position, so that nothing is half-run and nothing false is shown.
 */
import { getLineInfo, type Node, type Program } from 'acorn';
import type { Diagnostic, Model } from '../trace/types';

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
  WebAssembly: 'WebAssembly',
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
  // Web APIs that Node and Chromium both have, and neither model provides.
  ...Object.fromEntries(
    [
      'structuredClone',
      'atob',
      'btoa',
      'URL',
      'URLSearchParams',
      'TextEncoder',
      'TextDecoder',
      'AbortController',
      'AbortSignal',
      'crypto',
      'Blob',
      'File',
      'FormData',
      'Headers',
      'Request',
      'Response',
      'Event',
      'EventTarget',
      'CustomEvent',
      'MessageEvent',
      'MessagePort',
      'BroadcastChannel',
      'DOMException',
      'ReadableStream',
      'WritableStream',
      'TransformStream',
      'PerformanceObserver',
    ].map((n) => [n, n]),
  ),
};

/**
 * Globals of one runtime that its model does not provide. A global the runtime itself lacks is
 * not refused in the other model: there it is a true ReferenceError, as the runtime throws.
 */
const UNSUPPORTED_MODEL_GLOBALS: Record<Model, Record<string, string>> = {
  node: {
    require: 'require (modules)',
    module: 'module (modules)',
    exports: 'exports (modules)',
    __filename: '__filename (modules)',
    __dirname: '__dirname (modules)',
    Buffer: 'Buffer',
    fetch: 'fetch in the node model (the browser model simulates it)',
    MessageChannel: 'MessageChannel in the node model (the browser model runs it)',
  },
  browser: Object.fromEntries(
    [
      'document',
      'navigator',
      'location',
      'history',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'XMLHttpRequest',
      'WebSocket',
      'Worker',
      'requestIdleCallback',
      'cancelIdleCallback',
      'scheduler',
      'reportError',
      'alert',
      'confirm',
      'prompt',
      'getComputedStyle',
      'matchMedia',
      'MutationObserver',
      'IntersectionObserver',
      'ResizeObserver',
    ].map((n) => [n, n]),
  ),
};

/** Host objects of which a model simulates only these members: any other member is refused. */
const SIMULATED_MEMBERS: Record<Model, Record<string, readonly string[]>> = {
  node: { process: ['nextTick'], performance: ['now'] },
  browser: { performance: ['now'] },
};

/**
 * Members of console the realm does not provide. Other names are left alone: `console.foo()` is
 * a TypeError in every runtime too.
 */
const UNSUPPORTED_CONSOLE: Record<string, string> = {
  ...Object.fromEntries(
    ['time', 'timeEnd', 'timeLog'].map((n) => [
      n,
      `console.${n} (time is virtual in Loopscope; use performance.now())`,
    ]),
  ),
  ...Object.fromEntries(
    ['table', 'timeStamp', 'profile', 'profileEnd', 'context', 'createTask'].map((n) => [
      n,
      `console.${n}`,
    ]),
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

export function findUnsupported(
  program: Program,
  source: string,
  model: Model,
): Unsupported | null {
  try {
    return findUnsupportedNode(program, source, model);
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

function findUnsupportedNode(program: Program, source: string, model: Model): Unsupported | null {
  const declared = declaredNames(program);
  /** A global the program reads, unless the program declares that name itself. */
  const globalRead = (node: unknown): string | null => {
    const n = node as Node & { name?: string };
    return n.type === 'Identifier' && !declared.has(n.name!) ? n.name! : null;
  };
  let found: Unsupported | null = null;
  const report = (node: Node, feature: string) => {
    if (!found) found = unsupportedAt(source, node, feature);
  };
  const visit = (node: Node, parent: Node | null, key: string): void => {
    if (found) return;
    const n = node as Node & Record<string, unknown>;
    const nodeFeature = entry(UNSUPPORTED_NODES, node.type);
    if (nodeFeature) return report(node, nodeFeature);
    if (node.type === 'Identifier' && isReference(parent, key)) {
      const name = n.name as string;
      const feature =
        entry(UNSUPPORTED_GLOBALS, name) ?? entry(UNSUPPORTED_MODEL_GLOBALS[model], name);
      if (feature && !declared.has(name)) return report(node, feature);
    }
    if (node.type === 'MemberExpression') {
      const feature = memberFeature(globalRead(n.object), memberName(n), model);
      if (feature) return report(node, feature);
    }
    // The Function constructor compiles a string, as eval does; `f instanceof Function` runs.
    if (
      (node.type === 'CallExpression' || node.type === 'NewExpression') &&
      globalRead(n.callee) === 'Function'
    )
      return report(node, 'the Function constructor');
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

/** The member a MemberExpression names: `o.name` or `o['name']`; null when computed otherwise. */
function memberName(member: Node & Record<string, unknown>): string | null {
  const property = member.property as Node & { name?: string; value?: unknown };
  if (!member.computed) return property.type === 'Identifier' ? property.name! : null;
  return property.type === 'Literal' && typeof property.value === 'string' ? property.value : null;
}

/** What is refused in reading `member` of the global `object` (both may be null: unknown). */
function memberFeature(object: string | null, member: string | null, model: Model): string | null {
  if (object === null || member === null) return null;
  if (object === 'console') return entry(UNSUPPORTED_CONSOLE, member) ?? null;
  const simulated = entry(SIMULATED_MEMBERS[model], object);
  return simulated && !simulated.includes(member) ? `${object}.${member}` : null;
}

/** A table's own entry: `toString` or `constructor` names no entry, though every object has one. */
function entry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
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
