/** Number, Boolean, Symbol and BigInt: constructors and prototypes. */
import { primitiveValues, type Agent } from '../../agent';
import {
  get,
  toIntegerOrInfinity,
  toNumber,
  toNumeric,
  toPrimitive,
  toString,
} from '../operations';
import { isObject, ThrowSignal, type JSObject, type Value } from '../values';
import { arg, defineConstructor, defineGetter, defineMethod, defineValue } from './define';
import { hostOptions, NUMBER_FORMAT_OPTIONS, requestedLocales, withHostIntl } from './intl';

/**
 * Each agent's GlobalSymbolRegistry (https://tc39.es/ecma262/#sec-globalsymbolregistry-record),
 * from symbol to key: the program's own, not the host's, so `Symbol.for` makes plain host symbols.
 */
const registeredKeys = new WeakMap<Agent, Map<symbol, string>>();

/** The key `Symbol.for` registered `s` under, else undefined (Symbol.keyFor). */
export function registeredSymbolKey(a: Agent, s: symbol): string | undefined {
  return registeredKeys.get(a)?.get(s);
}

export function installPrimitives(a: Agent): void {
  const I = a.intrinsics;
  const thisPrimitive =
    <T>(type: string, name: string) =>
    (thisArg: Value): T => {
      if (typeof thisArg === type) return thisArg as T;
      if (isObject(thisArg) && typeof primitiveValues.get(thisArg) === type)
        return primitiveValues.get(thisArg) as T;
      throw a.typeError(
        `${name} requires that 'this' be a ${type[0].toUpperCase()}${type.slice(1)}`,
      );
    };
  const protoFrom = (newTarget: JSObject, fallback: JSObject): JSObject => {
    const p = get(a, newTarget, 'prototype');
    return isObject(p) ? p : fallback;
  };
  const constant = (o: JSObject, name: string, v: Value) =>
    o.defineOwnProperty(name, {
      value: v,
      writable: false,
      enumerable: false,
      configurable: false,
    });

  // Number
  const NP = I.NumberPrototype;
  NP.className = 'Number';
  primitiveValues.set(NP, 0);
  const NumberCtor = defineConstructor(a, 'Number', 1, NP, (_this, args, newTarget) => {
    let n = 0;
    if (args.length > 0) {
      const prim = toNumeric(a, args[0]);
      n = typeof prim === 'bigint' ? Number(prim) : prim;
    }
    return newTarget ? a.wrapPrimitive(n, protoFrom(newTarget, NP)) : n;
  });
  for (const [k, v] of Object.entries({
    MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
    MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
    MAX_VALUE: Number.MAX_VALUE,
    MIN_VALUE: Number.MIN_VALUE,
    EPSILON: Number.EPSILON,
    POSITIVE_INFINITY: Infinity,
    NEGATIVE_INFINITY: -Infinity,
    NaN: NaN,
  }))
    constant(NumberCtor, k, v);
  defineMethod(a, NumberCtor, 'isInteger', 1, (_t, args) => Number.isInteger(args[0]));
  defineMethod(a, NumberCtor, 'isSafeInteger', 1, (_t, args) => Number.isSafeInteger(args[0]));
  defineMethod(a, NumberCtor, 'isFinite', 1, (_t, args) => Number.isFinite(args[0]));
  defineMethod(a, NumberCtor, 'isNaN', 1, (_t, args) => Number.isNaN(args[0]));
  const parseFloatFn = defineMethod(a, a.globalObject, 'parseFloat', 1, (_t, args) =>
    parseFloat(toString(a, arg(args, 0))),
  );
  const parseIntFn = defineMethod(a, a.globalObject, 'parseInt', 2, (_t, args) =>
    parseInt(toString(a, arg(args, 0)), args[1] === undefined ? undefined : toNumber(a, args[1])),
  );
  defineValue(NumberCtor, 'parseFloat', parseFloatFn);
  defineValue(NumberCtor, 'parseInt', parseIntFn);
  const thisNumber = (thisArg: Value, method = 'valueOf') =>
    thisPrimitive<number>('number', `Number.prototype.${method}`)(thisArg);
  defineMethod(a, NP, 'toString', 1, (thisArg, args) => {
    const radix = args[0] === undefined ? 10 : toIntegerOrInfinity(a, args[0]);
    if (radix < 2 || radix > 36)
      throw a.rangeError('toString() radix argument must be between 2 and 36');
    return thisNumber(thisArg, 'toString').toString(radix);
  });
  defineMethod(a, NP, 'toFixed', 1, (thisArg, args) => {
    const digits = toIntegerOrInfinity(a, args[0]);
    if (digits < 0 || digits > 100)
      throw a.rangeError('toFixed() digits argument must be between 0 and 100');
    return thisNumber(thisArg, 'toFixed').toFixed(digits);
  });
  defineMethod(a, NP, 'toPrecision', 1, (thisArg, args) => {
    if (args[0] === undefined) return String(thisNumber(thisArg, 'toPrecision'));
    const p = toIntegerOrInfinity(a, args[0]);
    if (p < 1 || p > 100) throw a.rangeError('toPrecision() argument must be between 1 and 100');
    return thisNumber(thisArg, 'toPrecision').toPrecision(p);
  });
  defineMethod(a, NP, 'toExponential', 1, (thisArg, args) =>
    thisNumber(thisArg, 'toExponential').toExponential(
      args[0] === undefined ? undefined : toIntegerOrInfinity(a, args[0]),
    ),
  );
  // The host's ICU formatting (a pure function of the number), en-US unless a locale is given.
  defineMethod(a, NP, 'toLocaleString', 0, (thisArg, args) => {
    const n = thisNumber(thisArg, 'toLocaleString');
    const locales = requestedLocales(a, args[0]);
    const options = hostOptions(
      a,
      args[1],
      NUMBER_FORMAT_OPTIONS,
      'Number.prototype.toLocaleString',
    );
    return withHostIntl(a, () => n.toLocaleString(locales, options));
  });
  defineMethod(a, NP, 'valueOf', 0, (thisArg) => thisNumber(thisArg));

  // Boolean
  const BP = I.BooleanPrototype;
  BP.className = 'Boolean';
  primitiveValues.set(BP, false);
  defineConstructor(a, 'Boolean', 1, BP, (_this, args, newTarget) => {
    const b = isObject(args[0]) ? true : Boolean(args[0]);
    return newTarget ? a.wrapPrimitive(b, protoFrom(newTarget, BP)) : b;
  });
  const thisBoolean = thisPrimitive<boolean>('boolean', 'Boolean.prototype.valueOf');
  defineMethod(a, BP, 'toString', 0, (thisArg) =>
    String(thisPrimitive<boolean>('boolean', 'Boolean.prototype.toString')(thisArg)),
  );
  defineMethod(a, BP, 'valueOf', 0, (thisArg) => thisBoolean(thisArg));

  // Symbol: symbols are host symbols (they carry no capability); the registry is the realm's own.
  const SyP = I.SymbolPrototype;
  const registry = new Map<string, symbol>();
  const keys = new Map<symbol, string>();
  registeredKeys.set(a, keys);
  const SymbolCtor = defineConstructor(a, 'Symbol', 0, SyP, (_this, args, newTarget) => {
    if (newTarget) throw a.typeError('Symbol is not a constructor');
    return Symbol(args[0] === undefined ? undefined : toString(a, args[0]));
  });
  for (const name of [
    'iterator',
    'asyncIterator',
    'hasInstance',
    'toPrimitive',
    'toStringTag',
    'species',
    'isConcatSpreadable',
    'unscopables',
    'match',
    'matchAll',
    'replace',
    'search',
    'split',
  ] as const) {
    constant(SymbolCtor, name, Symbol[name]);
  }
  // Node 20 has the explicit-resource-management symbols (a host without them gets fresh ones).
  const hostSymbols = Symbol as unknown as Record<string, symbol | undefined>;
  constant(SymbolCtor, 'dispose', hostSymbols.dispose ?? Symbol('Symbol.dispose'));
  constant(SymbolCtor, 'asyncDispose', hostSymbols.asyncDispose ?? Symbol('Symbol.asyncDispose'));
  defineMethod(a, SymbolCtor, 'for', 1, (_t, args) => {
    const key = toString(a, arg(args, 0));
    let s = registry.get(key);
    if (!s) {
      registry.set(key, (s = Symbol(key)));
      keys.set(s, key);
    }
    return s;
  });
  defineMethod(a, SymbolCtor, 'keyFor', 1, (_t, args) => {
    const s = args[0];
    if (typeof s !== 'symbol') throw a.typeError(`${String(s)} is not a symbol`);
    return registeredSymbolKey(a, s);
  });
  const thisSymbol = thisPrimitive<symbol>('symbol', 'Symbol.prototype.valueOf');
  defineMethod(a, SyP, 'toString', 0, (thisArg) =>
    thisPrimitive<symbol>('symbol', 'Symbol.prototype.toString')(thisArg).toString(),
  );
  defineMethod(a, SyP, 'valueOf', 0, (thisArg) => thisSymbol(thisArg));
  defineGetter(a, SyP, 'description', (thisArg) => thisSymbol(thisArg).description);
  SyP.defineOwnProperty(Symbol.toStringTag, {
    value: 'Symbol',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  SyP.defineOwnProperty(Symbol.toPrimitive, {
    value: defineMethod(a, SyP, Symbol.toPrimitive, 1, (thisArg) => thisSymbol(thisArg)),
    writable: false,
    enumerable: false,
    configurable: true,
  });

  // BigInt
  const BiP = I.BigIntPrototype;
  /** https://tc39.es/ecma262/#sec-tobigint, from the primitive ToPrimitive gave. */
  const primitiveToBigInt = (prim: Exclude<Value, JSObject>): bigint => {
    if (typeof prim === 'bigint') return prim;
    if (typeof prim === 'boolean') return BigInt(prim);
    if (typeof prim === 'string') {
      try {
        return BigInt(prim);
      } catch {
        throw new ThrowSignal(a.makeError('SyntaxError', `Cannot convert ${prim} to a BigInt`));
      }
    }
    throw a.typeError(
      `Cannot convert ${typeof prim === 'symbol' ? prim.toString() : String(prim)} to a BigInt`,
    );
  };
  const toBigInt = (v: Value): bigint => primitiveToBigInt(toPrimitive(a, v, 'number'));
  /** https://tc39.es/ecma262/#sec-bigint-constructor-number-value */
  const BigIntCtor = defineConstructor(a, 'BigInt', 1, BiP, (_this, args, newTarget) => {
    if (newTarget) throw a.typeError('BigInt is not a constructor');
    const prim = toPrimitive(a, args[0], 'number');
    if (typeof prim !== 'number') return primitiveToBigInt(prim);
    if (!Number.isInteger(prim))
      throw a.rangeError(
        `The number ${prim} cannot be converted to a BigInt because it is not an integer`,
      );
    return BigInt(prim);
  });
  const bits = (v: Value) => {
    const n = toIntegerOrInfinity(a, v);
    if (n < 0 || n > 2 ** 53 - 1)
      throw a.rangeError('Invalid value: not (convertible to) a safe integer');
    return n;
  };
  defineMethod(a, BigIntCtor, 'asUintN', 2, (_t, args) =>
    BigInt.asUintN(bits(args[0]), toBigInt(args[1])),
  );
  defineMethod(a, BigIntCtor, 'asIntN', 2, (_t, args) =>
    BigInt.asIntN(bits(args[0]), toBigInt(args[1])),
  );
  const thisBigInt = thisPrimitive<bigint>('bigint', 'BigInt.prototype.valueOf');
  defineMethod(a, BiP, 'toString', 0, (thisArg, args) =>
    thisBigInt(thisArg).toString(args[0] === undefined ? 10 : toIntegerOrInfinity(a, args[0])),
  );
  defineMethod(a, BiP, 'valueOf', 0, (thisArg) => thisBigInt(thisArg));
  // NON-SPEC: locale formatting is the host's en-US, the same as Node's default ICU.
  defineMethod(a, BiP, 'toLocaleString', 0, (thisArg) =>
    thisPrimitive<bigint>(
      'bigint',
      'BigInt.prototype.toLocaleString',
    )(thisArg).toLocaleString('en-US'),
  );
  BiP.defineOwnProperty(Symbol.toStringTag, {
    value: 'BigInt',
    writable: false,
    enumerable: false,
    configurable: true,
  });
}
