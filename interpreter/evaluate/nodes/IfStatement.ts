/** https://tc39.es/ecma262/#sec-if-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate, evaluatePlain } from '../evaluate';
import type { Scope } from '../scope';
import { execute, executePlain } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeIfStatement(node: ESTree.IfStatement, scope: Scope): Gen<Completion> {
  scope.agent.step(node.test);
  if (toBoolean(yield* evaluate(node.test, scope))) return yield* execute(node.consequent, scope);
  return node.alternate ? yield* execute(node.alternate, scope) : NORMAL;
}

export function executeIfStatementPlain(node: ESTree.IfStatement, scope: Scope): Completion {
  scope.agent.step(node.test);
  if (toBoolean(evaluatePlain(node.test, scope))) return executePlain(node.consequent, scope);
  return node.alternate ? executePlain(node.alternate, scope) : NORMAL;
}
