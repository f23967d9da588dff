/**
 * Private class members (`#x`): https://tc39.es/ecma262/#sec-private-names. Each evaluation
 * of a class body creates fresh Private Names; objects keep their private elements outside
 * their property table, so no reflection (keys, inspect, JSON) ever sees them.
 */
import type { Agent } from '../agent';
import { isObject, type JSFunction, type JSObject, type Value } from '../realm/values';
import type { Scope } from './scope';

export class PrivateName {
  constructor(
    /** `#x`, as the source spells it. */
    readonly description: string,
    readonly kind: 'field' | 'method' | 'accessor',
    /** The class that declares it, for V8's "Receiver must be an instance of class X". */
    readonly className: string,
  ) {}
}

/** https://tc39.es/ecma262/#sec-privateelement-specification-type */
export type PrivateElement =
  | { kind: 'field'; value: Value }
  | { kind: 'method'; value: JSFunction }
  | { kind: 'accessor'; get: JSFunction | undefined; set: JSFunction | undefined };

const elementsOf = new WeakMap<JSObject, Map<PrivateName, PrivateElement>>();

/** ResolvePrivateIdentifier: the innermost class body that declares `#name`. */
export function resolvePrivateName(scope: Scope, name: string): PrivateName {
  for (let s: Scope | null = scope; s; s = s.parent) {
    const found = s.privateNames?.get(name);
    if (found) return found;
  }
  // acorn rejects undeclared private names, so this is an interpreter fault.
  throw new Error(`internal: private name #${name} is not declared`);
}

function privateElementFind(o: Value, name: PrivateName): PrivateElement | undefined {
  return isObject(o) ? elementsOf.get(o)?.get(name) : undefined;
}

function missing(a: Agent, name: PrivateName, access: 'read' | 'write'): never {
  if (name.kind !== 'field')
    throw a.typeError(`Receiver must be an instance of class ${name.className || 'anonymous'}`);
  throw a.typeError(
    `Cannot ${access} private member ${name.description} ${access === 'read' ? 'from' : 'to'} an object whose class did not declare it`,
  );
}

/** https://tc39.es/ecma262/#sec-privateget */
export function privateGet(a: Agent, o: Value, name: PrivateName): Value {
  const element = privateElementFind(o, name);
  if (!element) return missing(a, name, 'read');
  if (element.kind !== 'accessor') return element.value;
  if (!element.get) throw a.typeError(`'${name.description}' was defined without a getter`);
  return a.call(element.get, o, []);
}

/** https://tc39.es/ecma262/#sec-privateset */
export function privateSet(a: Agent, o: Value, name: PrivateName, value: Value): void {
  const element = privateElementFind(o, name);
  if (!element) return missing(a, name, 'write');
  if (element.kind === 'field') element.value = value;
  else if (element.kind === 'method')
    throw a.typeError(`Private method '${name.description}' is not writable`);
  else if (!element.set) throw a.typeError(`'${name.description}' was defined without a setter`);
  else a.call(element.set, o, [value]);
}

/** `#x in o`: https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation */
export function privateIn(a: Agent, o: Value, name: PrivateName): boolean {
  if (!isObject(o)) {
    const shown = typeof o === 'string' ? o : typeof o === 'symbol' ? o.toString() : String(o);
    throw a.typeError(`Cannot use 'in' operator to search for '${name.description}' in ${shown}`);
  }
  return privateElementFind(o, name) !== undefined;
}

/** PrivateFieldAdd and PrivateMethodOrAccessorAdd. */
export function privateElementAdd(
  a: Agent,
  o: JSObject,
  name: PrivateName,
  element: PrivateElement,
): void {
  let elements = elementsOf.get(o);
  if (!elements) elementsOf.set(o, (elements = new Map()));
  if (elements.has(name)) {
    if (name.kind === 'field')
      throw a.typeError(`Cannot initialize ${name.description} twice on the same object`);
    throw a.typeError(
      `Cannot initialize private methods of class ${name.className || 'anonymous'} twice on the same object`,
    );
  }
  elements.set(name, element);
}
