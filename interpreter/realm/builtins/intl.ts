/**
 * ECMA-402 on the host's ICU. Collation and number and case formatting are pure functions of
 * primitives: the program's locales and options are read here, in ECMA-402's order and with its
 * conversions, into host strings, numbers and booleans, and the host formats. Nothing of the
 * realm reaches the host, nor the other way round.
 */
import type { Agent } from '../../agent';
import { hasProperty, lengthOfArrayLike, toBoolean, toObject, toString } from '../operations';
import { isObject, type Value } from '../values';

/**
 * The `locales` argument as host strings (https://tc39.es/ecma402/#sec-canonicalizelocalelist;
 * the host checks the tags). One tag is passed as a string, for which V8 caches its collator.
 */
export function requestedLocales(a: Agent, locales: Value): string | string[] {
  if (typeof locales === 'string') return locales;
  const tags: string[] = [];
  if (locales !== undefined) {
    const list = toObject(a, locales);
    const length = lengthOfArrayLike(a, list);
    for (let k = 0; k < length; k++) {
      if (!hasProperty(list, String(k))) continue;
      const tag = a.getProperty(list, String(k));
      if (typeof tag !== 'string' && !isObject(tag))
        throw a.typeError('Language ID should be string or object.');
      tags.push(toString(a, tag));
    }
  }
  // NON-SPEC: the default locale is en-US, Node's default ICU one, not the host's (a browser's
  // may be another).
  if (tags.length === 0) return 'en-US';
  return tags.length === 1 ? tags[0] : tags;
}

/** How an option is read: a string, a boolean, or any primitive the host converts itself. */
type OptionType = 'string' | 'boolean' | 'primitive';

/** Options a collator reads, in the order it reads them (https://tc39.es/ecma402/#sec-initializecollator). */
export const COLLATOR_OPTIONS: ReadonlyArray<readonly [string, OptionType]> = [
  ['usage', 'string'],
  ['localeMatcher', 'string'],
  ['collation', 'string'],
  ['numeric', 'boolean'],
  ['caseFirst', 'string'],
  ['sensitivity', 'string'],
  ['ignorePunctuation', 'boolean'],
];

/** Options a number format reads, in the order it reads them (https://tc39.es/ecma402/#sec-initializenumberformat). */
export const NUMBER_FORMAT_OPTIONS: ReadonlyArray<readonly [string, OptionType]> = [
  'localeMatcher',
  'numberingSystem',
  'style',
  'currency',
  'currencyDisplay',
  'currencySign',
  'unit',
  'unitDisplay',
  'notation',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
  'roundingIncrement',
  'roundingMode',
  'roundingPriority',
  'trailingZeroDisplay',
  'compactDisplay',
  'useGrouping',
  'signDisplay',
].map((name) => [name, 'primitive'] as const);

/**
 * The `options` argument of `method` as a host object of primitives, or undefined when there are
 * none (V8 then uses its cached collator or format). The host checks the values.
 */
export function hostOptions(
  a: Agent,
  options: Value,
  fields: ReadonlyArray<readonly [string, OptionType]>,
  method: string,
): Record<string, string | number | boolean> | undefined {
  if (options === undefined) return undefined;
  // V8's message (CoerceOptionsToObject).
  if (options === null) throw a.typeError(`${method} called on null or undefined`);
  const object = toObject(a, options);
  const picked: Record<string, string | number | boolean> = {};
  for (const [name, type] of fields) {
    const v = a.getProperty(object, name);
    if (v === undefined) continue;
    if (type === 'boolean') picked[name] = toBoolean(v);
    else if (type === 'primitive' && (typeof v === 'number' || typeof v === 'boolean'))
      picked[name] = v;
    else picked[name] = toString(a, v);
  }
  return picked;
}

/**
 * Runs the host's ICU. What it refuses (a bad tag, a currency style without a currency) is V8's
 * error, the program's own.
 */
export function withHostIntl<T>(a: Agent, format: () => T): T {
  try {
    return format();
  } catch (e) {
    if (e instanceof TypeError) throw a.typeError(e.message);
    throw a.hostError(e);
  }
}
