/** https://tc39.es/ecma262/#sec-template-literals-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { toString } from '../../realm/operations';
import type { Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import { concatenate } from '../operators';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function evaluateTemplateLiteralPlain(node: ESTree.TemplateLiteral, scope: Scope): Value {
  const a = scope.agent;
  let s = node.quasis[0].value.cooked ?? '';
  for (let i = 0; i < node.expressions.length; i++) {
    const v = evaluatePlain(node.expressions[i], scope);
    if (typeof v === 'symbol') throw a.typeError('Cannot convert a Symbol value to a string');
    s = concatenate(a, concatenate(a, s, toString(a, v)), node.quasis[i + 1].value.cooked ?? '');
  }
  return s;
}

export function* evaluateTemplateLiteral(node: ESTree.TemplateLiteral, scope: Scope): Gen<Value> {
  const a = scope.agent;
  let s = node.quasis[0].value.cooked ?? '';
  for (let i = 0; i < node.expressions.length; i++) {
    const v = yield* evaluate(node.expressions[i], scope);
    if (typeof v === 'symbol') throw a.typeError('Cannot convert a Symbol value to a string');
    s = concatenate(a, concatenate(a, s, toString(a, v)), node.quasis[i + 1].value.cooked ?? '');
  }
  return s;
}
