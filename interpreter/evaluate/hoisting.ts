/** Declaration instantiation: `var`, functions, let/const/class in their scopes (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation, #sec-blockdeclarationinstantiation). */
import type * as ESTree from 'estree';
import type { Agent } from '../agent';
import { putValue } from '../realm/operations';
import type { JSObject, Value } from '../realm/values';
import { makeFunction } from './functions';
import { boundNames } from './patterns';
import type { Scope } from './scope';
import type { Statement } from './statements';

/** Hoisting of `var` and function declarations into a function (or script) scope. */
export function hoistFunctionScope(body: Statement[], scope: Scope): void {
  const names = varNames(body, scope.strict);
  const varObject = scope.varObject;
  if (varObject) {
    // A classic script's vars are properties of the global object (https://tc39.es/ecma262/#sec-globaldeclarationinstantiation).
    for (const name of names) {
      if (!varObject.hasOwn(name))
        varObject.defineOwnProperty(name, {
          value: undefined,
          writable: true,
          enumerable: true,
          configurable: false,
        });
    }
    return;
  }
  for (const name of names) if (scope.own(name) === undefined) scope.declare(name, undefined, true);
}

/**
 * Function declarations in blocks of sloppy code, which also get a `var` of their name
 * (https://tc39.es/ecma262/#sec-block-level-function-declarations-web-legacy-compatibility-semantics).
 */
export const annexBFunctions = new WeakSet<ESTree.Node>();

/**
 * Cached on the statement list, as lexicalDeclarations is (see LEXICAL). The cache needs no key
 * for `strict`: a statement list's strictness is fixed by its source.
 */
const VAR_NAMES = Symbol('varNames');

/** The `var` names (Annex B functions' included) a function body or script declares, in order. */
export function varNames(body: Statement[], strict: boolean): string[] {
  const annotated = body as Statement[] & { [VAR_NAMES]?: string[] };
  let names = annotated[VAR_NAMES];
  if (names) return names;
  names = [];
  /**
   * `lexical`: the names declared lexically around `n` (let, const, class, and a block's
   * functions). A block's function gets a `var` of its name (Annex B) only where a `var` of that
   * name would be no early error: not where one of these declares it.
   */
  const visit = (n: ESTree.Node | null | undefined, lexical: ReadonlySet<string>): void => {
    if (!n) return;
    switch (n.type) {
      case 'VariableDeclaration':
        if (n.kind === 'var') for (const d of n.declarations) names!.push(...boundNames(d.id));
        return;
      case 'FunctionDeclaration':
        if (!strict && !n.async && !n.generator && n.id && !lexical.has(n.id.name)) {
          annexBFunctions.add(n);
          names!.push(n.id.name);
        }
        return;
      case 'BlockStatement':
        visitBlock(n.body, lexical);
        return;
      case 'IfStatement':
        visit(n.consequent, lexical);
        visit(n.alternate, lexical);
        return;
      case 'ForStatement':
        visit(n.init as ESTree.Node, lexical);
        visit(n.body, withLoopHead(n.init, lexical));
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        visit(n.left as ESTree.Node, lexical);
        visit(n.body, withLoopHead(n.left, lexical));
        return;
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
        visit(n.body, lexical);
        return;
      case 'TryStatement':
        visit(n.block, lexical);
        visit(n.handler?.body, lexical);
        visit(n.finalizer, lexical);
        return;
      case 'SwitchStatement':
        visitBlock(
          n.cases.flatMap((c) => c.consequent),
          lexical,
        );
        return;
      default:
        return;
    }
  };
  /**
   * A block's statements, with its let/const/class names. (A block's functions do not keep a
   * function of the same name in a block within from its var: V8 lets the inner one through.)
   */
  const visitBlock = (statements: Statement[], around: ReadonlySet<string>): void => {
    const { bindings } = lexicalDeclarations(statements);
    const lexical =
      bindings.length === 0 ? around : new Set([...around, ...bindings.map((b) => b.name)]);
    for (const stmt of statements) visit(stmt, lexical);
  };
  // The body's own functions are `var`s, not block functions; its let/const/class are lexical.
  const topLexical = new Set(lexicalDeclarations(body).bindings.map((b) => b.name));
  for (const stmt of body) if (stmt.type !== 'FunctionDeclaration') visit(stmt, topLexical);
  annotated[VAR_NAMES] = names;
  return names;
}

/** The names a loop head declares with let or const, added to `lexical`. */
function withLoopHead(
  head: ESTree.Node | null | undefined,
  lexical: ReadonlySet<string>,
): ReadonlySet<string> {
  if (head?.type !== 'VariableDeclaration' || head.kind === 'var') return lexical;
  return new Set([...lexical, ...head.declarations.flatMap((d) => boundNames(d.id))]);
}

/**
 * Block-level declarations: let/const/class enter the temporal dead zone; function declarations
 * are created at once (hoisted), as https://tc39.es/ecma262/#sec-blockdeclarationinstantiation.
 */
export function hoistLexical(a: Agent, body: Statement[], scope: Scope): void {
  const declarations = lexicalDeclarations(body);
  if (declarations === NO_DECLARATIONS) return;
  for (const { name, mutable } of declarations.bindings)
    scope.declare(name, undefined, mutable, false);
  for (const stmt of declarations.functions) {
    const name = stmt.id!.name;
    const f = makeFunction(a, stmt, scope, name);
    if (scope.varObject) defineGlobalFunction(scope.varObject, name, f);
    else scope.declare(name, f, true);
  }
}

interface LexicalDeclarations {
  /** let, const and class names, in source order. */
  bindings: Array<{ name: string; mutable: boolean }>;
  functions: ESTree.FunctionDeclaration[];
}

const NO_DECLARATIONS: LexicalDeclarations = { bindings: [], functions: [] };

/**
 * Cached on the statement list itself, since every run of a block or a function body asks. A
 * symbol key, so that the walkers' `for…in` over a node's children never meets it.
 */
const LEXICAL = Symbol('lexicalDeclarations');

function lexicalDeclarations(body: Statement[]): LexicalDeclarations {
  const annotated = body as Statement[] & { [LEXICAL]?: LexicalDeclarations };
  const cached = annotated[LEXICAL];
  if (cached) return cached;
  const found: LexicalDeclarations = { bindings: [], functions: [] };
  for (const stmt of body) {
    if (stmt.type === 'VariableDeclaration' && stmt.kind !== 'var') {
      for (const d of stmt.declarations)
        for (const name of boundNames(d.id))
          found.bindings.push({ name, mutable: stmt.kind !== 'const' });
    } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
      found.bindings.push({ name: stmt.id.name, mutable: true });
    } else if (stmt.type === 'FunctionDeclaration' && stmt.id) {
      found.functions.push(stmt);
    }
  }
  const declarations =
    found.bindings.length + found.functions.length === 0 ? NO_DECLARATIONS : found;
  annotated[LEXICAL] = declarations;
  return declarations;
}

/** https://tc39.es/ecma262/#sec-createglobalfunctionbinding */
function defineGlobalFunction(global: JSObject, name: string, f: Value): void {
  const existing = global.getOwnProperty(name);
  if (!existing || existing.configurable)
    global.defineOwnProperty(name, {
      value: f,
      writable: true,
      enumerable: true,
      configurable: false,
    });
  else global.defineOwnProperty(name, { value: f });
}

/** Annex B.3.2.1: evaluating a block's function declaration copies it to the function's var. */
export function setAnnexBVar(scope: Scope, name: string): void {
  const value = scope.own(name)?.value;
  const outer = scope.parent?.lookup(name);
  if (outer) outer.value = value;
  else putValue(scope.agent, scope.agent.globalObject, name, value, false);
}
