/** String: https://tc39.es/ecma262/#sec-string-objects (without RegExp: string patterns only). */
import { primitiveValues, type Agent } from '../../agent';
import { createIterResultObject } from '../iteration';
import {
  getMethod,
  lengthOfArrayLike,
  requireObjectCoercible,
  toIntegerOrInfinity,
  toNumber,
  toObject,
  toString,
} from '../operations';
import { isRegExp } from './regexp';
import { isObject, JSArray, JSFunction, JSObject, type Value } from '../values';
import { defineConstructor, defineMethod } from './define';
import { COLLATOR_OPTIONS, hostOptions, requestedLocales, withHostIntl } from './intl';

export function installString(a: Agent): void {
  const SP = a.intrinsics.StringPrototype;
  primitiveValues.set(SP, '');
  SP.className = 'String';
  const StringCtor = defineConstructor(a, 'String', 1, SP, (_this, args, newTarget) => {
    const v =
      args.length === 0
        ? ''
        : typeof args[0] === 'symbol' && !newTarget
          ? args[0].toString()
          : toString(a, args[0]);
    return newTarget ? a.wrapPrimitive(v) : v;
  });
  defineMethod(a, StringCtor, 'fromCharCode', 1, (_t, args) =>
    String.fromCharCode(...args.map((v) => toNumber(a, v))),
  );
  defineMethod(a, StringCtor, 'fromCodePoint', 1, (_t, args) => {
    const codes = args.map((v) => toNumber(a, v));
    for (const c of codes)
      if (!Number.isInteger(c) || c < 0 || c > 0x10ffff)
        throw a.rangeError(`Invalid code point ${c}`);
    return String.fromCodePoint(...codes);
  });
  defineMethod(a, StringCtor, 'raw', 1, (_t, args) => {
    const strings = args[0];
    if (!isObject(strings)) throw a.typeError('Cannot convert undefined or null to object');
    // https://tc39.es/ecma262/#sec-string.raw
    const raw = toObject(a, a.getProperty(strings, 'raw'));
    const length = lengthOfArrayLike(a, raw);
    let out = '';
    for (let i = 0; i < length; i++) {
      out += toString(a, a.getProperty(raw, String(i)));
      if (i + 1 < length && i + 1 < args.length) out += toString(a, args[i + 1]);
    }
    return out;
  });

  const thisString = (thisArg: Value, name: string): string => {
    if (typeof thisArg === 'string') return thisArg;
    if (isObject(thisArg) && typeof primitiveValues.get(thisArg) === 'string')
      return primitiveValues.get(thisArg) as string;
    requireObjectCoercible(a, thisArg, `String.prototype.${name}`);
    return toString(a, thisArg);
  };
  const m = (name: string, length: number, impl: (s: string, args: Value[]) => Value) =>
    defineMethod(a, SP, name, length, (thisArg, args) => impl(thisString(thisArg, name), args));
  const str = (v: Value) => toString(a, v);
  const int = (v: Value) => toIntegerOrInfinity(a, v);
  const noRegExp = (v: Value, method: string) => {
    if (isRegExp(a, v))
      throw a.typeError(
        `First argument to String.prototype.${method} must not be a regular expression`,
      );
  };
  /** The protocol of match/replace/search/split: a pattern with a @@method handles the call. */
  const delegate = (
    pattern: Value,
    symbol: symbol,
    thisArg: Value,
    rest: Value[],
  ): { value: Value } | null => {
    if (pattern === undefined || pattern === null) return null;
    const method = getMethod(a, pattern, symbol);
    return method
      ? { value: a.call(method, pattern, [thisArg, ...rest], null, 'builtin-callback') }
      : null;
  };
  const regExpFrom = (pattern: Value, flags?: string): JSObject =>
    a.construct(a.intrinsics.RegExp, flags === undefined ? [pattern] : [pattern, flags]);
  const sm = (name: string, length: number, impl: (thisArg: Value, args: Value[]) => Value) =>
    defineMethod(a, SP, name, length, (thisArg, args) => {
      requireObjectCoercible(a, thisArg, `String.prototype.${name}`);
      return impl(thisArg, args);
    });
  const array = (items: Value[]) => new JSArray(a.intrinsics.ArrayPrototype, items);

  m('toString', 0, (s) => s);
  m('valueOf', 0, (s) => s);
  m('charAt', 1, (s, args) => s.charAt(int(args[0])));
  m('charCodeAt', 1, (s, args) => s.charCodeAt(int(args[0])));
  m('codePointAt', 1, (s, args) => s.codePointAt(int(args[0])));
  m('at', 1, (s, args) => s.at(int(args[0])));
  m('indexOf', 1, (s, args) => s.indexOf(str(args[0]), int(args[1])));
  m('lastIndexOf', 1, (s, args) =>
    s.lastIndexOf(str(args[0]), args[1] === undefined ? Infinity : toNumber(a, args[1])),
  );
  m('includes', 1, (s, args) => {
    noRegExp(args[0], 'includes');
    return s.includes(str(args[0]), int(args[1]));
  });
  m('startsWith', 1, (s, args) => {
    noRegExp(args[0], 'startsWith');
    return s.startsWith(str(args[0]), int(args[1]));
  });
  m('endsWith', 1, (s, args) => {
    noRegExp(args[0], 'endsWith');
    return s.endsWith(str(args[0]), args[1] === undefined ? s.length : int(args[1]));
  });
  m('slice', 2, (s, args) =>
    s.slice(int(args[0]), args[1] === undefined ? undefined : int(args[1])),
  );
  m('substring', 2, (s, args) =>
    s.substring(int(args[0]), args[1] === undefined ? undefined : int(args[1])),
  );
  m('substr', 2, (s, args) =>
    s.substr(int(args[0]), args[1] === undefined ? undefined : int(args[1])),
  );
  m('toUpperCase', 0, (s) => s.toUpperCase());
  m('toLowerCase', 0, (s) => s.toLowerCase());
  m('toLocaleUpperCase', 0, (s, args) => {
    const locales = requestedLocales(a, args[0]);
    return withHostIntl(a, () => s.toLocaleUpperCase(locales));
  });
  m('toLocaleLowerCase', 0, (s, args) => {
    const locales = requestedLocales(a, args[0]);
    return withHostIntl(a, () => s.toLocaleLowerCase(locales));
  });
  m('trim', 0, (s) => s.trim());
  const trimStart = m('trimStart', 0, (s) => s.trimStart());
  const trimEnd = m('trimEnd', 0, (s) => s.trimEnd());
  // Annex B: the old names are the same functions.
  SP.defineOwnProperty('trimLeft', {
    value: trimStart,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  SP.defineOwnProperty('trimRight', {
    value: trimEnd,
    writable: true,
    enumerable: false,
    configurable: true,
  });
  m('isWellFormed', 0, (s) => !/\p{Surrogate}/u.test(s));
  m('toWellFormed', 0, (s) => s.replace(/\p{Surrogate}/gu, '\ufffd'));
  // Annex B's HTML methods: https://tc39.es/ecma262/#sec-createhtml
  const html = (name: string, tag: string, attribute?: string) =>
    m(name, attribute ? 1 : 0, (s, args) => {
      const attr = attribute ? ` ${attribute}="${str(args[0]).replace(/"/g, '&quot;')}"` : '';
      return `<${tag}${attr}>${s}</${tag}>`;
    });
  html('anchor', 'a', 'name');
  html('big', 'big');
  html('blink', 'blink');
  html('bold', 'b');
  html('fixed', 'tt');
  html('fontcolor', 'font', 'color');
  html('fontsize', 'font', 'size');
  html('italics', 'i');
  html('link', 'a', 'href');
  html('small', 'small');
  html('strike', 'strike');
  html('sub', 'sub');
  html('sup', 'sup');
  m('padStart', 2, (s, args) =>
    s.padStart(int(args[0]), args[1] === undefined ? ' ' : str(args[1])),
  );
  m('padEnd', 2, (s, args) => s.padEnd(int(args[0]), args[1] === undefined ? ' ' : str(args[1])));
  m('repeat', 1, (s, args) => {
    const n = int(args[0]);
    if (n < 0 || n === Infinity) throw a.rangeError(`Invalid count value: ${String(args[0])}`);
    return s.repeat(n);
  });
  m('concat', 1, (s, args) => s + args.map(str).join(''));
  sm('split', 2, (thisArg, args) => {
    const delegated = delegate(args[0], Symbol.split, thisArg, [args[1]]);
    if (delegated) return delegated.value;
    const s = str(thisArg);
    const limit = args[1] === undefined ? undefined : toNumber(a, args[1]) >>> 0;
    if (args[0] === undefined) return array(limit === 0 ? [] : [s]);
    return array(s.split(str(args[0]), limit));
  });
  sm('replace', 2, (thisArg, args) => {
    const delegated = delegate(args[0], Symbol.replace, thisArg, [args[1]]);
    return delegated ? delegated.value : replace(a, str(thisArg), args, false);
  });
  sm('replaceAll', 2, (thisArg, args) => {
    if (isRegExp(a, args[0])) {
      const flags = a.getProperty(args[0] as JSObject, 'flags');
      requireObjectCoercible(a, flags, 'String.prototype.replaceAll');
      if (!str(flags).includes('g'))
        throw a.typeError('String.prototype.replaceAll called with a non-global RegExp argument');
    }
    const delegated = delegate(args[0], Symbol.replace, thisArg, [args[1]]);
    return delegated ? delegated.value : replace(a, str(thisArg), args, true);
  });
  sm('match', 1, (thisArg, args) => {
    const delegated = delegate(args[0], Symbol.match, thisArg, []);
    if (delegated) return delegated.value;
    const rx = regExpFrom(args[0]);
    return a.call(a.getProperty(rx, Symbol.match), rx, [str(thisArg)], null, 'builtin-callback');
  });
  sm('matchAll', 1, (thisArg, args) => {
    if (isRegExp(a, args[0])) {
      const flags = a.getProperty(args[0] as JSObject, 'flags');
      requireObjectCoercible(a, flags, 'String.prototype.matchAll');
      if (!str(flags).includes('g'))
        throw a.typeError('String.prototype.matchAll called with a non-global RegExp argument');
    }
    const delegated = delegate(args[0], Symbol.matchAll, thisArg, []);
    if (delegated) return delegated.value;
    const rx = regExpFrom(args[0], 'g');
    return a.call(a.getProperty(rx, Symbol.matchAll), rx, [str(thisArg)], null, 'builtin-callback');
  });
  sm('search', 1, (thisArg, args) => {
    const delegated = delegate(args[0], Symbol.search, thisArg, []);
    if (delegated) return delegated.value;
    const rx = regExpFrom(args[0]);
    return a.call(a.getProperty(rx, Symbol.search), rx, [str(thisArg)], null, 'builtin-callback');
  });
  // https://tc39.es/ecma402/#sup-String.prototype.localeCompare: the host's ICU collation, given
  // only strings and booleans read here, so that it reaches nothing of the realm.
  m('localeCompare', 1, (s, args) => {
    const that = str(args[0]);
    const locales = requestedLocales(a, args[1]);
    const options = hostOptions(a, args[2], COLLATOR_OPTIONS, 'String.prototype.localeCompare');
    return withHostIntl(a, () => s.localeCompare(that, locales, options));
  });
  m('normalize', 0, (s, args) => s.normalize(args[0] === undefined ? undefined : str(args[0])));

  // String iterator: by code points.
  const SIP = new JSObject(a.intrinsics.IteratorPrototype);
  SIP.defineOwnProperty(Symbol.toStringTag, {
    value: 'String Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  const states = new WeakMap<JSObject, { s: string; i: number }>();
  defineMethod(a, SIP, 'next', 0, (thisArg) => {
    const st = isObject(thisArg) ? states.get(thisArg) : undefined;
    if (!st) throw a.typeError('next method called on incompatible receiver');
    if (st.i >= st.s.length) return createIterResultObject(a, undefined, true);
    const cp = st.s.codePointAt(st.i)!;
    const ch = String.fromCodePoint(cp);
    st.i += ch.length;
    return createIterResultObject(a, ch, false);
  });
  defineMethod(a, SP, Symbol.iterator, 0, (thisArg) => {
    const it = new JSObject(SIP);
    states.set(it, { s: thisString(thisArg, '[Symbol.iterator]'), i: 0 });
    return it;
  });
}

/** replace / replaceAll with a string pattern and a string or function replacement. */
function replace(a: Agent, s: string, args: Value[], all: boolean): string {
  const pattern = toString(a, args[0]);
  const replacement = args[1];
  const positions: number[] = [];
  if (all) {
    const step = Math.max(1, pattern.length);
    for (let i = s.indexOf(pattern); i >= 0; i = s.indexOf(pattern, i + step)) {
      positions.push(i);
      if (i >= s.length) break;
    }
  } else {
    const i = s.indexOf(pattern);
    if (i >= 0) positions.push(i);
  }
  let out = '';
  let last = 0;
  for (const pos of positions) {
    out += s.slice(last, pos);
    if (replacement instanceof JSFunction) {
      out += toString(
        a,
        a.call(replacement, undefined, [pattern, pos, s], null, 'builtin-callback'),
      );
    } else {
      // GetSubstitution for a string pattern: $$, $&, $`, $'.
      out += toString(a, replacement).replace(/\$([$&`'])/g, (_m, c: string) =>
        c === '$'
          ? '$'
          : c === '&'
            ? pattern
            : c === '`'
              ? s.slice(0, pos)
              : s.slice(pos + pattern.length),
      );
    }
    last = pos + pattern.length;
  }
  return out + s.slice(last);
}
