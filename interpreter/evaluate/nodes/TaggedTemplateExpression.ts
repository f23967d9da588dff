/** https://tc39.es/ecma262/#sec-tagged-templates-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import type { Agent } from '../../agent';
import { setIntegrityLevel } from '../../realm/builtins/object';
import { JSFunction, JSArray, type Value } from '../../realm/values';
import { renderExpression } from '../callPrinter';
import { evaluate } from '../evaluate';
import { evaluateMemberTarget, getMember, rangeOf, thisValue } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateTaggedTemplate(
  node: ESTree.TaggedTemplateExpression,
  scope: Scope,
): Gen<Value> {
  const a = scope.agent;
  let thisArg: Value = undefined;
  let f: Value;
  if (node.tag.type === 'MemberExpression') {
    const { base, key } = yield* evaluateMemberTarget(node.tag, scope);
    thisArg = node.tag.object.type === 'Super' ? thisValue(a, scope) : base;
    f = getMember(scope, node.tag, base, key);
  } else {
    f = yield* evaluate(node.tag, scope);
  }
  const strings = templateObject(a, node.quasi);
  const args: Value[] = [strings];
  for (const e of node.quasi.expressions) args.push(yield* evaluate(e, scope));
  if (!(f instanceof JSFunction))
    throw a.typeError(`${renderExpression(node.tag)} is not a function`);
  a.step(node);
  return (yield { kind: 'call', callee: f, thisArg, args, callSite: rangeOf(node) }).value;
}

const templateObjects = new WeakMap<object, JSArray>();

/** https://tc39.es/ecma262/#sec-gettemplateobject: one frozen object per site. */
function templateObject(a: Agent, quasi: ESTree.TemplateLiteral): JSArray {
  let t = templateObjects.get(quasi);
  if (t) return t;
  const raw = new JSArray(
    a.intrinsics.ArrayPrototype,
    quasi.quasis.map((q) => q.value.raw),
  );
  t = new JSArray(
    a.intrinsics.ArrayPrototype,
    quasi.quasis.map((q) => q.value.cooked ?? undefined),
  );
  t.defineOwnProperty('raw', {
    value: raw,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  setIntegrityLevel(raw, 'frozen');
  setIntegrityLevel(t, 'frozen');
  templateObjects.set(quasi, t);
  return t;
}
