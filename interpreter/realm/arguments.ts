/**
 * Arguments exotic objects: https://tc39.es/ecma262/#sec-arguments-exotic-objects. A sloppy
 * function with simple parameters gets a *mapped* one, whose indices alias the parameters.
 */
import type { Binding } from '../evaluate/scope';
import { JSObject, type Property, type PropertyDescriptor, type PropertyKey } from './values';

export class ArgumentsObject extends JSObject {
  override className = 'Arguments';
  /** [[ParameterMap]]: index -> the parameter's binding, while the two stay aliased. */
  parameterMap: Map<PropertyKey, Binding> | null = null;

  override getOwnProperty(key: PropertyKey): Property | undefined {
    const p = super.getOwnProperty(key);
    const b = this.parameterMap?.get(key);
    if (p && b && !('get' in p))
      return {
        value: b.value,
        writable: p.writable,
        enumerable: p.enumerable,
        configurable: p.configurable,
      };
    return p;
  }

  /** https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc */
  override defineOwnProperty(key: PropertyKey, desc: PropertyDescriptor): boolean {
    const b = this.parameterMap?.get(key);
    if (!b) return super.defineOwnProperty(key, desc);
    const isAccessor = 'get' in desc || 'set' in desc;
    let d = desc;
    if (!isAccessor && !('value' in desc) && desc.writable === false)
      d = { ...desc, value: b.value };
    if (!super.defineOwnProperty(key, d)) return false;
    if (isAccessor) this.parameterMap!.delete(key);
    else {
      if ('value' in desc) b.value = desc.value;
      if (desc.writable === false) this.parameterMap!.delete(key);
    }
    return true;
  }

  override deleteOwn(key: PropertyKey): boolean {
    const deleted = super.deleteOwn(key);
    if (deleted) this.parameterMap?.delete(key);
    return deleted;
  }
}
