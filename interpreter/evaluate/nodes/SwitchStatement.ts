/** https://tc39.es/ecma262/#sec-switch-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { evaluate } from '../evaluate';
import { hoistLexical } from '../hoisting';
import { looselyOrStrictlyEqual } from '../operators';
import type { Scope } from '../scope';
import { execute } from '../statements';
import { type Completion, type Gen, NORMAL } from '../types';

export function* executeSwitch(node: ESTree.SwitchStatement, outer: Scope): Gen<Completion> {
  const a = outer.agent;
  a.step(node.discriminant);
  const value = yield* evaluate(node.discriminant, outer);
  const scope = outer.child();
  hoistLexical(
    a,
    node.cases.flatMap((c) => c.consequent),
    scope,
  );
  let matched = -1;
  for (let i = 0; i < node.cases.length && matched < 0; i++) {
    const test = node.cases[i].test;
    if (!test) continue;
    a.step(test);
    if (looselyOrStrictlyEqual(value, yield* evaluate(test, scope), true)) matched = i;
  }
  if (matched < 0) matched = node.cases.findIndex((c) => c.test === null);
  if (matched < 0) return NORMAL;
  for (let i = matched; i < node.cases.length; i++) {
    for (const stmt of node.cases[i].consequent) {
      const c = yield* execute(stmt, scope);
      if (c.type === 'break' && c.target === null) return NORMAL;
      if (c.type !== 'normal') return c;
    }
  }
  return NORMAL;
}
