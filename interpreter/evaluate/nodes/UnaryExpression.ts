/** https://tc39.es/ecma262/#sec-unary-operators */
import type * as ESTree from 'estree';
import {
  describeObject,
  hasProperty,
  keyToDisplay,
  toBoolean,
  toNumber,
  toObject,
  typeOf,
  toNumeric,
} from '../../realm/operations';
import type { PropertyKey, Value } from '../../realm/values';
import { evaluate, evaluatePlain } from '../evaluate';
import { SHORT_CIRCUIT, evaluateMemberTarget } from '../references';
import type { Scope } from '../scope';
import type { Gen } from '../types';

export function* evaluateUnary(node: ESTree.UnaryExpression, scope: Scope): Gen<Value> {
  if (isUndeclaredTypeof(node, scope)) return 'undefined';
  if (node.operator === 'delete') return yield* evaluateDelete(node.argument, scope);
  return unaryOperation(node, scope, yield* evaluate(node.argument, scope));
}

/** A unary expression that cannot suspend (see suspends.ts): never `delete`. */
export function evaluateUnaryPlain(node: ESTree.UnaryExpression, scope: Scope): Value {
  if (isUndeclaredTypeof(node, scope)) return 'undefined';
  return unaryOperation(node, scope, evaluatePlain(node.argument, scope));
}

/** `typeof x` of an unresolvable name is 'undefined', not a ReferenceError. */
function isUndeclaredTypeof(node: ESTree.UnaryExpression, scope: Scope): boolean {
  if (node.operator !== 'typeof' || node.argument.type !== 'Identifier') return false;
  const name = node.argument.name;
  return !scope.lookup(name) && !hasProperty(scope.agent.globalObject, name);
}

function unaryOperation(node: ESTree.UnaryExpression, scope: Scope, v: Value): Value {
  const a = scope.agent;
  switch (node.operator) {
    case 'typeof':
      return typeOf(v);
    case 'void':
      return undefined;
    case '!':
      return !toBoolean(v);
    case '-': {
      const n = toNumeric(a, v);
      return -n;
    }
    case '+':
      return toNumber(a, v);
    case '~': {
      const n = toNumeric(a, v);
      return ~(n as number);
    }
  }
}

/** https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation */
function* evaluateDelete(arg: ESTree.Expression, scope: Scope): Gen<boolean> {
  const a = scope.agent;
  if (arg.type === 'ChainExpression') {
    try {
      return yield* evaluateDelete(arg.expression, scope);
    } catch (e) {
      if (e === SHORT_CIRCUIT) return true;
      throw e;
    }
  }
  if (arg.type === 'Identifier') {
    // Sloppy code only (strict code cannot parse this): bindings stay, global properties may go.
    if (scope.lookup(arg.name)) return false;
    return a.globalObject.deleteOwn(arg.name);
  }
  if (arg.type !== 'MemberExpression') {
    yield* evaluate(arg, scope);
    return true;
  }
  if (arg.object.type === 'Super') throw a.referenceError("Unsupported reference to 'super'");
  const target = yield* evaluateMemberTarget(arg, scope);
  const key = target.key as PropertyKey; // `delete o.#x` does not parse
  const obj = toObject(a, target.base);
  if (obj.deleteOwn(key)) return true;
  if (scope.strict)
    throw a.typeError(`Cannot delete property '${keyToDisplay(key)}' of ${describeObject(a, obj)}`);
  return false;
}
