/** https://tc39.es/ecma262/#sec-if-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toBoolean } from '../../realm/operations';
import { evaluate } from '../evaluate';
import type { Scope } from '../scope';
import { execute } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeIfStatement(node: ESTree.IfStatement, scope: Scope): Gen<Completion> {
  scope.agent.step(node.test);
  if (toBoolean(yield* evaluate(node.test, scope))) return yield* execute(node.consequent, scope);
  return node.alternate ? yield* execute(node.alternate, scope) : NORMAL;
}
