/**
 * The interpreted program's values. Primitives are host primitives (they carry no capability);
 * every object is one of ours, so nothing of the host's object graph is reachable from user code.
 */
import { keepAlive } from '../keepAlive';

export type Value = undefined | null | boolean | number | string | symbol | bigint | JSObject;
export type PropertyKey = string | symbol;

export interface DataProperty {
  value: Value;
  writable: boolean;
  enumerable: boolean;
  configurable: boolean;
  get?: undefined;
  set?: undefined;
}
export interface AccessorProperty {
  get: JSObject | undefined;
  set: JSObject | undefined;
  enumerable: boolean;
  configurable: boolean;
  value?: undefined;
  writable?: undefined;
}
export type Property = DataProperty | AccessorProperty;

/** A partial descriptor as Object.defineProperty takes it. */
export interface PropertyDescriptor {
  value?: Value;
  writable?: boolean;
  get?: JSObject | undefined;
  set?: JSObject | undefined;
  enumerable?: boolean;
  configurable?: boolean;
}

export const isAccessor = (p: Property): p is AccessorProperty => 'get' in p || 'set' in p;

/**
 * The array index a key names, else -1: https://tc39.es/ecma262/#array-index, a canonical numeric
 * string below 2^32 - 1. Canonical means digits only, with no leading zero: "1.0", "1e0", "01",
 * " 1" and "+1" are ordinary keys, though Number() reads them all as 1.
 */
export function arrayIndex(key: PropertyKey): number {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  if (key.charCodeAt(0) === 48) return key.length === 1 ? 0 : -1; // '0'
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  const n = Number(key);
  return n < 4294967295 ? n : -1;
}

export class JSObject {
  // The fields are assigned in the constructor, not initialized as class fields: an initializer
  // defines each field, and in this base class of every object kind those definitions go
  // megamorphic and slow (they were the costliest part of making a promise or a closure).
  declare proto: JSObject | null;
  /**
   * Own properties: null until the first is defined (most objects of promise-heavy programs,
   * promises and reaction results, never get one); undefined while they are still the ones the
   * object was made with, which `initialProperties` makes on first use (see `deferProperties`).
   */
  declare private ownProperties: Map<PropertyKey, Property> | null | undefined;
  declare extensible: boolean;
  /** The [[Class]]-like tag inspect and Object.prototype.toString use. */
  declare className: string;

  constructor(proto: JSObject | null) {
    this.proto = proto;
    this.ownProperties = null;
    this.extensible = true;
    this.className = 'Object';
    keepAlive(new.target, this);
  }

  /**
   * Leaves the properties every object of its kind is made with (a function's `length` and
   * `name`) to `initialProperties`, called on the first use of the table: most closures (a
   * callback passed to `then`, to `forEach`) are called and dropped, and nothing ever reads them.
   * Only an object with no properties yet may defer them.
   */
  protected deferProperties(): void {
    this.ownProperties = undefined;
  }

  /** The properties a deferring object was made with, in their order (see deferProperties). */
  protected initialProperties(): Map<PropertyKey, Property> {
    return new Map();
  }

  /** The own-property table (null: none), the deferred properties made first if need be. */
  private get table(): Map<PropertyKey, Property> | null {
    const table = this.ownProperties;
    return table === undefined ? (this.ownProperties = this.initialProperties()) : table;
  }

  /** The own-property table, made on first use: reads go through tableEntry, which does without it. */
  get props(): Map<PropertyKey, Property> {
    return this.table ?? (this.ownProperties = new Map());
  }

  /** The table's entry for `key` (subclasses keep some own properties elsewhere, as arrays do). */
  tableEntry(key: PropertyKey): Property | undefined {
    return this.table?.get(key);
  }

  /** How many properties the own-property table holds. */
  get tableSize(): number {
    return this.table?.size ?? 0;
  }

  getOwnProperty(key: PropertyKey): Property | undefined {
    return this.tableEntry(key);
  }

  /** https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor (simplified). */
  defineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const current = this.getOwnProperty(key);
    if (!current) {
      if (!this.extensible) return false;
      this.props.set(key, completeDescriptor(desc));
      return true;
    }
    if (!current.configurable) {
      if (
        desc.configurable ||
        (desc.enumerable !== undefined && desc.enumerable !== current.enumerable)
      )
        return false;
      if (isAccessor(current)) {
        if ('value' in desc || 'writable' in desc) return false;
        if (
          ('get' in desc && desc.get !== current.get) ||
          ('set' in desc && desc.set !== current.set)
        )
          return false;
      } else {
        if ('get' in desc || 'set' in desc) return false;
        if (!current.writable) {
          if (desc.writable) return false;
          if ('value' in desc && !Object.is(desc.value, current.value)) return false;
        }
      }
    }
    this.props.set(key, mergeDescriptor(current, desc));
    return true;
  }

  hasOwn(key: PropertyKey): boolean {
    return this.getOwnProperty(key) !== undefined;
  }

  deleteOwn(key: PropertyKey): boolean {
    const table = this.table;
    const p = table?.get(key);
    if (!p) return true;
    if (!p.configurable) return false;
    table!.delete(key);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryownpropertykeys: indices ascending, strings, symbols. */
  ownKeys(): PropertyKey[] {
    const table = this.table;
    if (table === null) return [];
    const indices: string[] = [];
    const strings: string[] = [];
    const symbols: symbol[] = [];
    for (const key of table.keys()) {
      if (typeof key === 'symbol') symbols.push(key);
      else if (arrayIndex(key) >= 0) indices.push(key);
      else strings.push(key);
    }
    indices.sort((a, b) => Number(a) - Number(b));
    return [...indices, ...strings, ...symbols];
  }

  /** Plain data property, as object literals and builtin setup create them. */
  setOwn(key: PropertyKey, value: Value, enumerable = true): void {
    this.props.set(key, { value, writable: true, enumerable, configurable: true });
  }
}

function completeDescriptor(desc: PropertyDescriptor): Property {
  if ('get' in desc || 'set' in desc) {
    return {
      get: desc.get,
      set: desc.set,
      enumerable: !!desc.enumerable,
      configurable: !!desc.configurable,
    };
  }
  return {
    value: desc.value,
    writable: !!desc.writable,
    enumerable: !!desc.enumerable,
    configurable: !!desc.configurable,
  };
}

function mergeDescriptor(current: Property, desc: PropertyDescriptor): Property {
  const enumerable = desc.enumerable ?? current.enumerable;
  const configurable = desc.configurable ?? current.configurable;
  if ('get' in desc || 'set' in desc) {
    const base = isAccessor(current) ? current : { get: undefined, set: undefined };
    return {
      get: 'get' in desc ? desc.get : base.get,
      set: 'set' in desc ? desc.set : base.set,
      enumerable,
      configurable,
    };
  }
  if (isAccessor(current) && !('value' in desc) && !('writable' in desc))
    return { ...current, enumerable, configurable };
  const base = isAccessor(current) ? { value: undefined, writable: false } : current;
  return {
    value: 'value' in desc ? desc.value : base.value,
    writable: desc.writable ?? base.writable,
    enumerable,
    configurable,
  };
}

/** The hole in a sparse array: `[1, , 3]`. */
export const HOLE: unique symbol = Symbol('hole');
export type Element = Value | typeof HOLE;

/** An array's own element value without running code: a data element, else HOLE (absent or accessor). */
export function elementAt(arr: JSArray, i: number): Element {
  const v = arr.items[i];
  if (v !== HOLE) return v;
  const p = arr.tableEntry(String(i));
  return p && !('get' in p || 'set' in p) ? p.value : HOLE;
}

/**
 * The interpreter cannot do what the program asks and says so (outcome "unsupported") rather
 * than pretend: e.g. an array millions of holes long, which V8 stores sparsely and we do not.
 */
export class NotSupported {
  constructor(readonly feature: string) {}
}

/** Dense storage is used up to this many elements; beyond it the run stops as unsupported. */
const MAX_DENSE_LENGTH = 50_000_000;

/**
 * An Array exotic object (https://tc39.es/ecma262/#sec-array-exotic-objects) with dense storage:
 * `items` holds plain elements; an element with other attributes (or an accessor) lives in
 * `props` with a HOLE in `items`.
 */
export class JSArray extends JSObject {
  override className = 'Array';
  lengthWritable = true;
  constructor(
    proto: JSObject | null,
    public items: Element[] = [],
  ) {
    super(proto);
  }

  override getOwnProperty(key: PropertyKey): Property | undefined {
    if (key === 'length')
      return {
        value: this.items.length,
        writable: this.lengthWritable,
        enumerable: false,
        configurable: false,
      };
    const v = this.denseElement(key);
    if (v !== HOLE) return { value: v, writable: true, enumerable: true, configurable: true };
    return this.tableEntry(key);
  }

  /**
   * The index of the element `key` when it is in dense storage (a writable data property), else
   * -1: what reads and writes of elements need, without the descriptor getOwnProperty builds.
   */
  denseIndex(key: PropertyKey): number {
    const i = arrayIndex(key);
    return i >= 0 && i < this.items.length && this.items[i] !== HOLE ? i : -1;
  }

  /** The value of the element `key` when it is in dense storage, else HOLE (see denseIndex). */
  denseElement(key: PropertyKey): Element {
    const i = this.denseIndex(key);
    return i < 0 ? HOLE : this.items[i];
  }

  override hasOwn(key: PropertyKey): boolean {
    return key === 'length' || this.denseIndex(key) >= 0 || this.tableEntry(key) !== undefined;
  }

  /** https://tc39.es/ecma262/#sec-arraysetlength, given a valid uint32 (callers check it). */
  private setLength(desc: PropertyDescriptor): boolean {
    if ('get' in desc || 'set' in desc || desc.configurable || desc.enumerable) return false;
    if ('value' in desc) {
      const n = desc.value as number;
      if (n !== this.items.length) {
        if (!this.lengthWritable) return false;
        if (n < this.items.length) {
          for (const key of [...this.props.keys()]) {
            if (arrayIndex(key) >= n && !super.deleteOwn(key)) return false;
          }
          this.items.length = n;
        } else this.grow(n);
      }
    }
    if (desc.writable === false) this.lengthWritable = false;
    else if (desc.writable === true && !this.lengthWritable) return false;
    return true;
  }

  private grow(length: number): void {
    if (length > MAX_DENSE_LENGTH)
      throw new NotSupported(
        `arrays longer than ${MAX_DENSE_LENGTH.toLocaleString('en-US')} elements`,
      );
    while (this.items.length < length) this.items.push(HOLE);
  }

  override defineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    if (key === 'length') return this.setLength(desc);
    const i = arrayIndex(key);
    if (i < 0) return super.defineOwnProperty(key, desc);
    const isAccessorDesc = 'get' in desc || 'set' in desc;
    const dense = i < this.items.length && this.items[i] !== HOLE;
    if (!dense && this.tableEntry(key) === undefined) {
      // A new element.
      if (!this.extensible || (i >= this.items.length && !this.lengthWritable)) return false;
      if (i >= this.items.length) this.grow(i + 1);
      if (
        !isAccessorDesc &&
        desc.writable === true &&
        desc.enumerable === true &&
        desc.configurable === true
      ) {
        this.items[i] = desc.value;
        return true;
      }
      return super.defineOwnProperty(key, desc);
    }
    if (dense) {
      if (
        !isAccessorDesc &&
        desc.writable !== false &&
        desc.enumerable !== false &&
        desc.configurable !== false
      ) {
        if ('value' in desc) this.items[i] = desc.value;
        return true;
      }
      // Leaving dense storage (made non-writable, say): the element moves to `props`.
      this.props.set(key, {
        value: this.items[i] as Value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      this.items[i] = HOLE;
    }
    return super.defineOwnProperty(key, desc);
  }

  override deleteOwn(key: PropertyKey): boolean {
    if (key === 'length') return false;
    const i = arrayIndex(key);
    if (i >= 0 && i < this.items.length && this.items[i] !== HOLE) {
      this.items[i] = HOLE;
      return true;
    }
    return super.deleteOwn(key);
  }

  override ownKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    for (let i = 0; i < this.items.length; i++)
      if (this.items[i] !== HOLE || this.tableEntry(String(i)) !== undefined) keys.push(String(i));
    keys.push('length');
    for (const key of super.ownKeys()) if (arrayIndex(key) < 0) keys.push(key);
    return keys;
  }
}

/** A String exotic object (`new String('ab')`): its indices and length are the string's. https://tc39.es/ecma262/#sec-string-exotic-objects */
export class StringObject extends JSObject {
  override className = 'String';
  constructor(
    proto: JSObject | null,
    readonly value: string,
  ) {
    super(proto);
  }

  private stringProperty(key: PropertyKey): Property | undefined {
    if (key === 'length')
      return { value: this.value.length, writable: false, enumerable: false, configurable: false };
    const i = arrayIndex(key);
    if (i >= 0 && i < this.value.length)
      return { value: this.value[i], writable: false, enumerable: true, configurable: false };
    return undefined;
  }

  override getOwnProperty(key: PropertyKey): Property | undefined {
    return this.stringProperty(key) ?? super.getOwnProperty(key);
  }

  override defineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const own = this.stringProperty(key);
    if (!own) return super.defineOwnProperty(key, desc);
    // Its own string properties are frozen: only a definition that changes nothing succeeds.
    if (desc.configurable || 'get' in desc || 'set' in desc || desc.writable) return false;
    if (desc.enumerable !== undefined && desc.enumerable !== own.enumerable) return false;
    return !('value' in desc) || Object.is(desc.value, own.value);
  }

  override deleteOwn(key: PropertyKey): boolean {
    return this.stringProperty(key) ? false : super.deleteOwn(key);
  }

  override ownKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    for (let i = 0; i < this.value.length; i++) keys.push(String(i));
    const rest = super.ownKeys();
    let i = 0;
    while (i < rest.length && arrayIndex(rest[i]) >= 0) keys.push(rest[i++]);
    keys.push('length');
    return keys.concat(rest.slice(i));
  }
}

/** What every callable is: `call` runs it, `construct` (when present) runs `new`. */
export abstract class JSFunction extends JSObject {
  abstract readonly isConstructor: boolean;

  constructor(proto: JSObject | null) {
    super(proto);
    // Assigned, not a class field: see JSObject (every kind of function passes here).
    this.className = 'Function';
  }

  /** The name stack traces and inspect show. */
  abstract debugName(): string;
}

export type BuiltinImpl = (thisArg: Value, args: Value[], newTarget: JSObject | undefined) => Value;

export class BuiltinFunction extends JSFunction {
  /** The `length` its deferred properties define (see deferLengthAndName); -1 until deferred. */
  declare private deferredLength: number;

  constructor(
    proto: JSObject | null,
    public readonly name: string,
    public readonly impl: BuiltinImpl,
    public readonly isConstructor = false,
  ) {
    super(proto);
    this.deferredLength = -1;
  }

  /**
   * Leaves its `length` and `name` (CreateBuiltinFunction's) to be made on first use of its
   * table: a realm makes some 400 builtins, and a run reads the properties of very few of them
   * (NON-SPEC: when, not what). Only a builtin with no properties yet may defer them.
   */
  deferLengthAndName(length: number): void {
    this.deferredLength = length;
    this.deferProperties();
  }

  protected override initialProperties(): Map<PropertyKey, Property> {
    const props = new Map<PropertyKey, Property>();
    props.set('length', {
      value: this.deferredLength,
      writable: false,
      enumerable: false,
      configurable: true,
    });
    props.set('name', { value: this.name, writable: false, enumerable: false, configurable: true });
    return props;
  }

  /** Its name, or "(anonymous)" for the nameless ones (a promise's resolve functions). */
  debugName(): string {
    return this.name || '(anonymous)';
  }
}

/** Host-side marker for an interpreted exception; `value` is what the program threw. */
export class ThrowSignal {
  constructor(public readonly value: Value) {}
}

export const isObject = (v: Value): v is JSObject => v instanceof JSObject;
export const isCallable = (v: Value): v is JSFunction => v instanceof JSFunction;
