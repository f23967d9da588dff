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

const varNamesCache = new WeakMap<object, string[]>();

/**
 * Function declarations in blocks of sloppy code, which also get a `var` of their name
 * (https://tc39.es/ecma262/#sec-block-level-function-declarations-web-legacy-compatibility-semantics).
 */
export const annexBFunctions = new WeakSet<ESTree.Node>();

function varNames(body: Statement[], strict: boolean): string[] {
  let names = varNamesCache.get(body);
  if (names) return names;
  names = [];
  const visit = (n: ESTree.Node | null | undefined, inBlock = true): void => {
    if (!n) return;
    switch (n.type) {
      case 'VariableDeclaration':
        if (n.kind === 'var') for (const d of n.declarations) names!.push(...boundNames(d.id));
        return;
      case 'FunctionDeclaration':
        if (inBlock && !strict && !n.async && !n.generator && n.id) {
          annexBFunctions.add(n);
          names!.push(n.id.name);
        }
        return;
      case 'BlockStatement':
        n.body.forEach((c) => visit(c));
        return;
      case 'IfStatement':
        visit(n.consequent);
        visit(n.alternate);
        return;
      case 'ForStatement':
        visit(n.init as ESTree.Node);
        visit(n.body);
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        visit(n.left as ESTree.Node);
        visit(n.body);
        return;
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
        visit(n.body);
        return;
      case 'TryStatement':
        visit(n.block);
        visit(n.handler?.body);
        visit(n.finalizer);
        return;
      case 'SwitchStatement':
        for (const c of n.cases) c.consequent.forEach((x) => visit(x));
        return;
      default:
        return;
    }
  };
  for (const stmt of body) visit(stmt, false);
  varNamesCache.set(body, names);
  return names;
}

/**
 * Block-level declarations: let/const/class enter the temporal dead zone; function declarations
 * are created at once (hoisted), as https://tc39.es/ecma262/#sec-blockdeclarationinstantiation.
 */
export function hoistLexical(a: Agent, body: Statement[], scope: Scope): void {
  for (const stmt of body) {
    if (stmt.type === 'VariableDeclaration' && stmt.kind !== 'var') {
      for (const d of stmt.declarations)
        for (const name of boundNames(d.id))
          scope.declare(name, undefined, stmt.kind !== 'const', false);
    } else if (stmt.type === 'ClassDeclaration' && stmt.id) {
      scope.declare(stmt.id.name, undefined, true, false);
    }
  }
  for (const stmt of body) {
    if (stmt.type === 'FunctionDeclaration' && stmt.id) {
      const f = makeFunction(a, stmt, scope, stmt.id.name);
      if (scope.varObject) defineGlobalFunction(scope.varObject, stmt.id.name, f);
      else scope.declare(stmt.id.name, f, true);
    }
  }
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
