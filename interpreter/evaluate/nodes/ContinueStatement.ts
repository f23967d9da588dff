/** https://tc39.es/ecma262/#sec-continue-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import type { Completion } from '../types';

export function executeContinueStatement(node: ESTree.ContinueStatement, scope: Scope): Completion {
  scope.agent.step(node);
  return { type: 'continue', target: node.label?.name ?? null };
}
