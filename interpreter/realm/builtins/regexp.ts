/**
 * RegExp: https://tc39.es/ecma262/#sec-regexp-regular-expression-objects. Matching is pure
 * computation over strings, so each RegExp object holds a host RegExp as its matcher (the same
 * engine as V8's: same syntax, same errors, same results); what the program sees (the object,
 * `lastIndex`, match arrays, `groups`) is the realm's own.
 */
import type { Agent } from '../../agent';
import { createIterResultObject } from '../iteration';
import { createDataProperty, get, setOrThrow, toBoolean, toLength, toString } from '../operations';
import { isObject, JSArray, JSFunction, JSObject, ThrowSignal, type Value } from '../values';
import { defineConstructor, defineGetter, defineMethod, makeBuiltin } from './define';

export class RegExpObject extends JSObject {
  override className = 'RegExp';
  constructor(
    proto: JSObject | null,
    readonly matcher: RegExp,
  ) {
    super(proto);
    this.props.set('lastIndex', {
      value: 0,
      writable: true,
      enumerable: false,
      configurable: false,
    });
  }
}

export function installRegExp(a: Agent): void {
  const I = a.intrinsics;
  const proto = new JSObject(I.ObjectPrototype);
  I.RegExpPrototype = proto;

  const compile = (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch (e) {
      throw new ThrowSignal(a.makeError('SyntaxError', (e as Error).message));
    }
  };
  const create = (pattern: Value, flags: Value, newTarget?: JSObject): RegExpObject => {
    let source: string;
    let flagText: string | undefined;
    if (pattern instanceof RegExpObject) {
      source = pattern.matcher.source;
      flagText = flags === undefined ? pattern.matcher.flags : toString(a, flags);
    } else {
      source = pattern === undefined ? '' : toString(a, pattern);
      flagText = flags === undefined ? '' : toString(a, flags);
    }
    const p = newTarget ? get(a, newTarget, 'prototype') : proto;
    return new RegExpObject(isObject(p) ? p : proto, compile(source, flagText));
  };

  const RegExpCtor: JSFunction = defineConstructor(
    a,
    'RegExp',
    2,
    proto,
    (_this, args, newTarget) => {
      const [pattern, flags] = args;
      // RegExp(re) without new and without flags returns re itself.
      if (
        !newTarget &&
        pattern instanceof RegExpObject &&
        flags === undefined &&
        get(a, pattern, 'constructor') === RegExpCtor
      )
        return pattern;
      return create(pattern, flags, newTarget);
    },
  );
  I.RegExp = RegExpCtor;
  const legacy = installLegacyStatics(a, RegExpCtor);
  const speciesGetter = makeBuiltin(a, 'get [Symbol.species]', 0, (thisArg) => thisArg);
  RegExpCtor.defineOwnProperty(Symbol.species, {
    get: speciesGetter,
    set: undefined,
    enumerable: false,
    configurable: true,
  });

  const thisRegExp = (v: Value, method: string): RegExpObject => {
    if (v instanceof RegExpObject) return v;
    throw a.typeError(
      `Method RegExp.prototype.${method} called on incompatible receiver ${isObject(v) ? '#<Object>' : String(v)}`,
    );
  };

  const withMatcher = <T>(rx: RegExpObject, use: (matcher: RegExp) => T): T => {
    const m = rx.matcher;
    m.lastIndex = Math.min(toLength(a, get(a, rx, 'lastIndex')), 2 ** 31 - 1);
    legacy.arm();
    const result = use(m);
    legacy.update();
    setOrThrow(a, rx, 'lastIndex', m.lastIndex);
    return result;
  };

  const groupsObject = (groups: Record<string, string | undefined> | undefined): Value => {
    if (!groups) return undefined;
    const o = new JSObject(null);
    for (const [k, v] of Object.entries(groups)) createDataProperty(o, k, v);
    return o;
  };

  /** A host match result as the realm's array with `index`, `input`, `groups` (and `indices`). */
  const matchArray = (m: RegExpExecArray, input: string): JSArray => {
    const arr = new JSArray(
      I.ArrayPrototype,
      Array.from(m, (x) => x),
    );
    createDataProperty(arr, 'index', m.index);
    createDataProperty(arr, 'input', input);
    createDataProperty(arr, 'groups', groupsObject(m.groups));
    const indices = (
      m as RegExpExecArray & {
        indices?: Array<[number, number] | undefined> & {
          groups?: Record<string, [number, number]>;
        };
      }
    ).indices;
    if (indices) {
      const pairs = new JSArray(
        I.ArrayPrototype,
        Array.from(indices, (p) => (p ? new JSArray(I.ArrayPrototype, [p[0], p[1]]) : undefined)),
      );
      let groups: Value = undefined;
      if (indices.groups) {
        const g = new JSObject(null);
        for (const [k, p] of Object.entries(indices.groups))
          createDataProperty(g, k, p ? new JSArray(I.ArrayPrototype, [p[0], p[1]]) : undefined);
        groups = g;
      }
      createDataProperty(pairs, 'groups', groups);
      createDataProperty(arr, 'indices', pairs);
    }
    return arr;
  };

  /** https://tc39.es/ecma262/#sec-regexpbuiltinexec */
  const builtinExec = (rx: RegExpObject, s: string): Value => {
    const m = withMatcher(rx, (matcher) => {
      const r = matcher.exec(s);
      // Non-global, non-sticky matching leaves lastIndex alone (the host's did too).
      return r;
    });
    return m ? matchArray(m, s) : null;
  };

  const exec = defineMethod(a, proto, 'exec', 1, (thisArg, args) =>
    builtinExec(thisRegExp(thisArg, 'exec'), toString(a, args[0])),
  );

  /** https://tc39.es/ecma262/#sec-regexpexec: a user's own `exec` is honoured. */
  const regExpExec = (rx: JSObject, s: string): Value => {
    const f = get(a, rx, 'exec');
    if (f instanceof JSFunction && f !== exec) {
      const result = a.call(f, rx, [s], null, 'builtin-callback');
      if (result !== null && !isObject(result))
        throw a.typeError(`${String(result)} is not an object or null`);
      return result;
    }
    return builtinExec(thisRegExp(rx, 'exec'), s);
  };
  const isPristine = (o: Value): o is RegExpObject =>
    o instanceof RegExpObject && get(a, o, 'exec') === exec;

  defineMethod(a, proto, 'test', 1, (thisArg, args) => {
    if (!isObject(thisArg))
      throw a.typeError(
        `Method RegExp.prototype.test called on incompatible receiver ${String(thisArg)}`,
      );
    return regExpExec(thisArg, toString(a, args[0])) !== null;
  });
  defineMethod(a, proto, 'toString', 0, (thisArg) => {
    if (!isObject(thisArg))
      throw a.typeError(
        `Method RegExp.prototype.toString called on incompatible receiver ${String(thisArg)}`,
      );
    return `/${toString(a, get(a, thisArg, 'source'))}/${toString(a, get(a, thisArg, 'flags'))}`;
  });
  defineMethod(a, proto, 'compile', 2, (thisArg) => thisArg);

  // Accessors: source, flags and the one-flag booleans.
  defineGetter(a, proto, 'source', (thisArg) => {
    if (thisArg === proto) return '(?:)';
    return thisRegExp(thisArg, 'source').matcher.source;
  });
  defineGetter(a, proto, 'flags', (thisArg) => {
    if (!isObject(thisArg))
      throw a.typeError(
        `Method RegExp.prototype.flags called on incompatible receiver ${String(thisArg)}`,
      );
    let flags = '';
    for (const [flag, name] of FLAG_NAMES) if (toBoolean(get(a, thisArg, name))) flags += flag;
    return flags;
  });
  for (const [, name] of FLAG_NAMES) {
    defineGetter(a, proto, name, (thisArg) => {
      if (thisArg === proto) return undefined;
      return (
        (thisRegExp(thisArg, name).matcher as unknown as Record<string, boolean>)[name] ?? false
      );
    });
  }

  // The protocol String.prototype.match/replace/search/split/matchAll delegate to.
  const stringOf = (v: Value) => toString(a, v);
  defineMethod(a, proto, Symbol.match, 1, (thisArg, args) => {
    const rx = thisRegExp(thisArg, '[Symbol.match]');
    const s = stringOf(args[0]);
    if (!rx.matcher.global) return regExpExec(rx, s);
    if (isPristine(rx)) {
      const all = withMatcher(rx, (m) => s.match(m));
      return all ? new JSArray(I.ArrayPrototype, all.slice()) : null;
    }
    setOrThrow(a, rx, 'lastIndex', 0);
    const found: Value[] = [];
    for (;;) {
      const r = regExpExec(rx, s);
      if (r === null) return found.length ? new JSArray(I.ArrayPrototype, found) : null;
      const matched = toString(a, get(a, r as JSObject, '0'));
      found.push(matched);
      if (matched === '') setOrThrow(a, rx, 'lastIndex', toLength(a, get(a, rx, 'lastIndex')) + 1);
    }
  });
  defineMethod(a, proto, Symbol.search, 1, (thisArg, args) => {
    const rx = thisRegExp(thisArg, '[Symbol.search]');
    const s = stringOf(args[0]);
    const previous = get(a, rx, 'lastIndex');
    setOrThrow(a, rx, 'lastIndex', 0);
    const r = regExpExec(rx, s);
    setOrThrow(a, rx, 'lastIndex', previous);
    return r === null ? -1 : get(a, r as JSObject, 'index');
  });
  defineMethod(a, proto, Symbol.split, 2, (thisArg, args) => {
    const rx = thisRegExp(thisArg, '[Symbol.split]');
    const s = stringOf(args[0]);
    const limit = args[1] === undefined ? undefined : toLength(a, args[1]) >>> 0;
    const parts = s.split(new RegExp(rx.matcher.source, rx.matcher.flags), limit);
    return new JSArray(I.ArrayPrototype, parts.slice());
  });
  defineMethod(a, proto, Symbol.replace, 2, (thisArg, args) => {
    const rx = thisRegExp(thisArg, '[Symbol.replace]');
    return replaceWith(rx, stringOf(args[0]), args[1]);
  });
  defineMethod(a, proto, Symbol.matchAll, 1, (thisArg, args) => {
    const rx = thisRegExp(thisArg, '[Symbol.matchAll]');
    const s = stringOf(args[0]);
    // The iterator works on a copy, as the spec's species construction does.
    const copy = new RegExp(rx.matcher.source, rx.matcher.flags);
    copy.lastIndex = toLength(a, get(a, rx, 'lastIndex'));
    return regExpStringIterator(copy, s);
  });

  /** replace with a string (its $-patterns are the host's, which are V8's) or a function. */
  const replaceWith = (rx: RegExpObject, s: string, replacement: Value): string => {
    if (replacement instanceof JSFunction) {
      return withMatcher(rx, (m) =>
        s.replace(m, (...hostArgs: unknown[]) => {
          const hasGroups =
            typeof hostArgs[hostArgs.length - 1] === 'object' &&
            hostArgs[hostArgs.length - 1] !== null;
          const callArgs = hostArgs.map((x, i) =>
            hasGroups && i === hostArgs.length - 1
              ? groupsObject(x as Record<string, string>)
              : (x as Value),
          );
          return toString(a, a.call(replacement, undefined, callArgs, null, 'builtin-callback'));
        }),
      );
    }
    const text = toString(a, replacement);
    return withMatcher(rx, (m) => s.replace(m, text));
  };

  // %RegExpStringIteratorPrototype%
  const iteratorProto = new JSObject(I.IteratorPrototype);
  iteratorProto.defineOwnProperty(Symbol.toStringTag, {
    value: 'RegExp String Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  const iterators = new WeakMap<JSObject, Iterator<RegExpExecArray>>();
  const inputs = new WeakMap<JSObject, string>();
  defineMethod(a, iteratorProto, 'next', 0, (thisArg) => {
    const it = isObject(thisArg) ? iterators.get(thisArg) : undefined;
    if (!it)
      throw a.typeError(
        'Method %RegExpStringIterator%.prototype.next called on incompatible receiver',
      );
    const r = it.next();
    return r.done
      ? createIterResultObject(a, undefined, true)
      : createIterResultObject(a, matchArray(r.value, inputs.get(thisArg as JSObject)!), false);
  });
  const regExpStringIterator = (matcher: RegExp, s: string): JSObject => {
    const o = new JSObject(iteratorProto);
    iterators.set(o, s.matchAll(matcher));
    inputs.set(o, s);
    return o;
  };
}

const FLAG_NAMES: Array<[string, string]> = [
  ['d', 'hasIndices'],
  ['g', 'global'],
  ['i', 'ignoreCase'],
  ['m', 'multiline'],
  ['s', 'dotAll'],
  ['u', 'unicode'],
  ['v', 'unicodeSets'],
  ['y', 'sticky'],
];

/** IsRegExp: https://tc39.es/ecma262/#sec-isregexp */
export function isRegExp(a: Agent, v: Value): boolean {
  if (!isObject(v)) return false;
  const matcher = get(a, v, Symbol.match);
  if (matcher !== undefined) return toBoolean(matcher);
  return v instanceof RegExpObject;
}

/** A regular expression literal's object: a new one each time the literal is evaluated. */
export function regExpLiteral(a: Agent, pattern: string, flags: string): RegExpObject {
  return new RegExpObject(a.intrinsics.RegExpPrototype, new RegExp(pattern, flags));
}

type HostLegacy = Record<string, string>;
const LEGACY_SENTINEL = '\u{10FFFF}loopscope\u{10FFFF}';

/**
 * Annex B's RegExp.$1…$9, lastMatch and friends (https://github.com/tc39/proposal-regexp-legacy-features).
 * The host engine keeps them for its last successful match; each of the program's matches is
 * bracketed so that only its own successes are copied into the realm's.
 */
function installLegacyStatics(a: Agent, RegExpCtor: JSObject): { arm(): void; update(): void } {
  const state: Record<string, string> = {
    input: '',
    lastMatch: '',
    lastParen: '',
    leftContext: '',
    rightContext: '',
  };
  for (let i = 1; i <= 9; i++) state[`$${i}`] = '';
  const host = RegExp as unknown as HostLegacy;
  const accessor = (names: string[], key: string, settable = false) => {
    const getter = makeBuiltin(a, `get ${names[0]}`, 0, () => state[key]);
    const setter = makeBuiltin(a, `set ${names[0]}`, 1, (_t, args) => {
      if (settable) state[key] = toString(a, args[0]);
      return undefined;
    });
    for (const name of names)
      RegExpCtor.defineOwnProperty(name, {
        get: getter,
        set: setter,
        enumerable: false,
        configurable: true,
      });
  };
  accessor(['input', '$_'], 'input', true);
  accessor(['lastMatch', '$&'], 'lastMatch');
  accessor(['lastParen', '$+'], 'lastParen');
  accessor(['leftContext', '$`'], 'leftContext');
  accessor(['rightContext', "$'"], 'rightContext');
  for (let i = 1; i <= 9; i++) accessor([`$${i}`], `$${i}`);
  return {
    arm() {
      /\u{10FFFF}loopscope\u{10FFFF}/u.exec(LEGACY_SENTINEL);
    },
    update() {
      if (host.lastMatch === LEGACY_SENTINEL && host.input === LEGACY_SENTINEL) return;
      for (const key of Object.keys(state)) state[key] = String(host[key] ?? '');
    },
  };
}
