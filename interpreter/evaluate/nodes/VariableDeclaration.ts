/** https://tc39.es/ecma262/#sec-let-and-const-declarations-runtime-semantics-evaluation and `var` */
import type * as ESTree from 'estree';
import { evaluate, evaluatePlain } from '../evaluate';
import { type BindingMode, bindName, bindPattern } from '../patterns';
import type { Scope } from '../scope';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeVariableDeclaration(
  node: ESTree.VariableDeclaration,
  scope: Scope,
): Gen<Completion> {
  scope.agent.step(node);
  yield* declareVariables(node, scope);
  return NORMAL;
}

const modeOf = (node: ESTree.VariableDeclaration): BindingMode =>
  node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let';

export function* declareVariables(node: ESTree.VariableDeclaration, scope: Scope): Gen<void> {
  const mode = modeOf(node);
  for (const d of node.declarations) {
    if (!d.init) {
      if (mode === 'var') continue; // `var x;` does not reset x
      yield* bindPattern(d.id, undefined, scope, mode);
      continue;
    }
    const value = yield* evaluate(
      d.init,
      scope,
      d.id.type === 'Identifier' ? d.id.name : undefined,
    );
    yield* bindPattern(d.id, value, scope, mode, d.init);
  }
}

export function executeVariableDeclarationPlain(
  node: ESTree.VariableDeclaration,
  scope: Scope,
): Completion {
  scope.agent.step(node);
  declareVariablesPlain(node, scope);
  return NORMAL;
}

/** declareVariables when nothing can suspend (see suspends.ts): every declarator is a name. */
export function declareVariablesPlain(node: ESTree.VariableDeclaration, scope: Scope): void {
  const a = scope.agent;
  const mode = modeOf(node);
  for (const d of node.declarations) {
    const name = (d.id as ESTree.Identifier).name;
    if (!d.init) {
      if (mode !== 'var') bindName(a, name, undefined, scope, mode);
      continue;
    }
    bindName(a, name, evaluatePlain(d.init, scope, name), scope, mode);
  }
}
