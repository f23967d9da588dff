/** https://tc39.es/ecma262/#sec-literals-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { regExpLiteral } from '../../realm/builtins/regexp';
import type { Value } from '../../realm/values';
import type { Scope } from '../scope';

export function evaluateLiteral(node: ESTree.Literal, scope: Scope): Value {
  const a = scope.agent;
  if ((node as ESTree.RegExpLiteral).regex !== undefined)
    return regExpLiteral(
      a,
      (node as ESTree.RegExpLiteral).regex.pattern,
      (node as ESTree.RegExpLiteral).regex.flags,
    );
  return node.value as Value;
}
