/** https://tc39.es/ecma262/#sec-break-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import type { Completion } from '../types';

export function executeBreakStatement(node: ESTree.BreakStatement, scope: Scope): Completion {
  scope.agent.step(node);
  return { type: 'break', target: node.label?.name ?? null };
}
