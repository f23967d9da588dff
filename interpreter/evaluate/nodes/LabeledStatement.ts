/** https://tc39.es/ecma262/#sec-labelled-statements-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Scope } from '../scope';
import { execute } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';
import { executeForInOf } from './ForInOfStatement';
import { executeFor } from './ForStatement';
import { loop } from './WhileStatement';

export function* executeLabeled(
  node: ESTree.LabeledStatement,
  scope: Scope,
  outerLabels: string[],
): Gen<Completion> {
  const labels = [...outerLabels, node.label.name];
  const body = node.body;
  let c: Completion;
  switch (body.type) {
    case 'LabeledStatement':
      c = yield* executeLabeled(body, scope, labels);
      break;
    case 'ForStatement':
      c = yield* executeFor(body, scope, labels);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      c = yield* executeForInOf(body, scope, labels);
      break;
    case 'WhileStatement':
    case 'DoWhileStatement':
      c = yield* loop(body, scope, labels);
      break;
    default:
      c = yield* execute(body, scope);
  }
  if (c.type === 'break' && c.target === node.label.name) return NORMAL;
  return c;
}
