/** https://tc39.es/ecma262/#sec-let-and-const-declarations-runtime-semantics-evaluation and `var` */
import type * as ESTree from 'estree';
import { evaluate } from '../evaluate';
import { type BindingMode, bindPattern } from '../patterns';
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

export function* declareVariables(node: ESTree.VariableDeclaration, scope: Scope): Gen<void> {
  const mode: BindingMode = node.kind === 'var' ? 'var' : node.kind === 'const' ? 'const' : 'let';
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
