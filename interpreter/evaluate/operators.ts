import type { Agent } from '../agent';
import {
  looselyEqual,
  toNumeric,
  toPrimitive,
  toString,
  hasProperty,
  instanceOf,
  toPropertyKey,
} from '../realm/operations';
import { type Value, isObject } from '../realm/values';

/** The binary and update operators' arithmetic and comparisons. */
export function increment(old: number | bigint, operator: '++' | '--'): number | bigint {
  if (typeof old === 'bigint') return operator === '++' ? old + 1n : old - 1n;
  return operator === '++' ? old + 1 : old - 1;
}

/** https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator and the relational operators. */
export function binaryOperation(a: Agent, op: string, left: Value, right: Value): Value {
  if (typeof left === 'number' && typeof right === 'number') {
    // Two numbers, the common case: no conversion to make, and the host's operator is the spec's.
    switch (op) {
      case '+':
        return left + right;
      case '-':
        return left - right;
      case '*':
        return left * right;
      case '<':
        return left < right;
      case '%':
        return left % right;
      case '===':
      case '==':
        return left === right;
      case '!==':
      case '!=':
        return left !== right;
      case '<=':
        return left <= right;
      case '>':
        return left > right;
      case '>=':
        return left >= right;
      case '/':
        return left / right;
    }
  }
  switch (op) {
    case '+': {
      // Two strings, the other common case: ToPrimitive and ToString would return them as they are.
      if (typeof left === 'string' && typeof right === 'string') return concatenate(a, left, right);
      const l = toPrimitive(a, left);
      const r = toPrimitive(a, right);
      if (typeof l === 'string' || typeof r === 'string')
        return concatenate(a, toString(a, l), toString(a, r));
      return numeric(a, op, l, r);
    }
    case '-':
    case '*':
    case '/':
    case '%':
    case '**':
    case '<<':
    case '>>':
    case '>>>':
    case '&':
    case '|':
    case '^':
      return numeric(a, op, left, right);
    case '==':
      return looselyEqual(a, left, right);
    case '!=':
      return !looselyEqual(a, left, right);
    case '===':
      return looselyOrStrictlyEqual(left, right, true);
    case '!==':
      return !looselyOrStrictlyEqual(left, right, true);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const l = toPrimitive(a, left, 'number');
      const r = toPrimitive(a, right, 'number');
      if (typeof l === 'symbol' || typeof r === 'symbol')
        throw a.typeError('Cannot convert a Symbol value to a number');
      // Primitives only from here: the host's comparison is the spec's.
      const x = l as string | number | bigint | boolean | null | undefined;
      const y = r as typeof x;
      if (op === '<') return (x as number) < (y as number);
      if (op === '>') return (x as number) > (y as number);
      if (op === '<=') return (x as number) <= (y as number);
      return (x as number) >= (y as number);
    }
    case 'instanceof':
      return instanceOf(a, left, right);
    case 'in':
      if (!isObject(right))
        throw a.typeError(
          `Cannot use 'in' operator to search for '${typeof left === 'symbol' ? left.toString() : String(left)}' in ${String(right)}`,
        );
      return hasProperty(right, toPropertyKey(a, left));
    default:
      throw new Error(`internal: operator ${op}`);
  }
}

/**
 * String concatenation. A result past V8's maximum string length is the host's RangeError, which
 * the program gets (see Agent.hostError).
 */
export function concatenate(a: Agent, left: string, right: string): string {
  try {
    return left + right;
  } catch (e) {
    throw a.hostError(e);
  }
}

function numeric(a: Agent, op: string, left: Value, right: Value): number | bigint {
  const l = toNumeric(a, left);
  const r = toNumeric(a, right);
  if (typeof l !== typeof r)
    throw a.typeError('Cannot mix BigInt and other types, use explicit conversions');
  if (typeof l === 'number') return arithmetic(op, l, r as number);
  if (op === '>>>') throw a.typeError('BigInts have no unsigned right shift, use >> instead');
  try {
    return arithmetic(op, l as unknown as number, r as unknown as number);
  } catch (e) {
    // Division by zero, a negative exponent, a result too large: the host's RangeError is V8's.
    throw a.hostError(e);
  }
}

/** The host's operator on two numbers or two BigInts (typed as numbers for TypeScript). */
function arithmetic(op: string, x: number, y: number): number | bigint {
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '**':
      return x ** y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '>>>':
      return x >>> y;
    case '&':
      return x & y;
    case '|':
      return x | y;
    case '^':
      return x ^ y;
  }
  throw new Error(`internal: operator ${op}`);
}

/** IsStrictlyEqual: objects by identity, primitives by the host's === (same semantics). */
export function looselyOrStrictlyEqual(x: Value, y: Value, _strict: true): boolean {
  return x === y;
}
