/**
 * The program's realm: its own intrinsics and global object, built from nothing of the host's.
 * https://tc39.es/ecma262/#sec-createintrinsics
 */
import type { Agent } from '../agent';
import { installArray } from './builtins/array';
import { installConsole } from './builtins/console';
import { installErrors } from './builtins/error';
import { installFunction } from './builtins/function';
import { installAsyncGenerators } from './builtins/asyncGenerator';
import { installGenerators } from './builtins/generator';
import { installGlobals } from './builtins/global';
import { installJSON } from './builtins/json';
import { installCollections, installWeakRefs } from './builtins/collections';
import { installMath } from './builtins/math';
import { installObject } from './builtins/object';
import { installPrimitives } from './builtins/primitives';
import { installPromise } from './builtins/promise';
import { installReflect } from './builtins/reflect';
import { installRegExp } from './builtins/regexp';
import { installString } from './builtins/string';
import { BuiltinFunction, JSArray, JSObject, StringObject, type JSFunction } from './values';

export interface Intrinsics {
  ObjectPrototype: JSObject;
  FunctionPrototype: JSObject;
  FunctionPrototypeHasInstance: JSFunction;
  Function: JSFunction;
  /** %ThrowTypeError%: the poisoned `callee` of strict arguments objects. */
  ThrowTypeError: JSFunction;
  ArrayPrototype: JSObject;
  ArrayPrototypeValues: JSFunction;
  IteratorPrototype: JSObject;
  ArrayIteratorPrototype: JSObject;
  ArrayIteratorPrototypeNext: JSFunction;
  StringPrototype: JSObject;
  NumberPrototype: JSObject;
  BooleanPrototype: JSObject;
  SymbolPrototype: JSObject;
  BigIntPrototype: JSObject;
  ErrorPrototype: JSObject;
  Error: JSFunction;
  TypeError: JSFunction;
  RangeError: JSFunction;
  ReferenceError: JSFunction;
  SyntaxError: JSFunction;
  EvalError: JSFunction;
  URIError: JSFunction;
  AggregateError: JSFunction;
  Promise: JSFunction;
  PromisePrototype: JSObject;
  GeneratorPrototype: JSObject;
  GeneratorFunctionPrototype: JSObject;
  AsyncFunctionPrototype: JSObject;
  AsyncGeneratorPrototype: JSObject;
  AsyncGeneratorFunctionPrototype: JSObject;
  AsyncIteratorPrototype: JSObject;
  MapPrototype: JSObject;
  RegExp: JSFunction;
  RegExpPrototype: JSObject;
  SetPrototype: JSObject;
}

export function createRealm(a: Agent): void {
  const ObjectPrototype = new JSObject(null);
  const FunctionPrototype = new BuiltinFunction(ObjectPrototype, '', () => undefined);
  const placeholder = null as unknown as JSFunction;
  const proto = () => new JSObject(ObjectPrototype);
  a.intrinsics = {
    ObjectPrototype,
    FunctionPrototype,
    FunctionPrototypeHasInstance: placeholder,
    Function: placeholder,
    ThrowTypeError: placeholder,
    // Array.prototype is itself an array exotic object.
    ArrayPrototype: new JSArray(ObjectPrototype, []),
    ArrayPrototypeValues: placeholder,
    IteratorPrototype: proto(),
    ArrayIteratorPrototype: placeholder as unknown as JSObject,
    ArrayIteratorPrototypeNext: placeholder,
    // String.prototype is itself a String object (of '').
    StringPrototype: new StringObject(ObjectPrototype, ''),
    NumberPrototype: proto(),
    BooleanPrototype: proto(),
    SymbolPrototype: proto(),
    BigIntPrototype: proto(),
    ErrorPrototype: proto(),
    Error: placeholder,
    TypeError: placeholder,
    RangeError: placeholder,
    ReferenceError: placeholder,
    SyntaxError: placeholder,
    EvalError: placeholder,
    URIError: placeholder,
    AggregateError: placeholder,
    Promise: placeholder,
    PromisePrototype: proto(),
    GeneratorPrototype: placeholder as unknown as JSObject,
    GeneratorFunctionPrototype: placeholder as unknown as JSObject,
    AsyncFunctionPrototype: placeholder as unknown as JSObject,
    AsyncGeneratorPrototype: placeholder as unknown as JSObject,
    AsyncGeneratorFunctionPrototype: placeholder as unknown as JSObject,
    AsyncIteratorPrototype: proto(),
    MapPrototype: proto(),
    RegExp: placeholder,
    RegExpPrototype: placeholder as unknown as JSObject,
    SetPrototype: proto(),
  };
  a.intrinsics.ArrayIteratorPrototype = new JSObject(a.intrinsics.IteratorPrototype);
  a.globalObject = new JSObject(ObjectPrototype);

  installFunction(a);
  installObject(a);
  installErrors(a);
  installArray(a);
  installRegExp(a);
  installString(a);
  installPrimitives(a);
  installMath(a);
  installJSON(a);
  installReflect(a);
  installCollections(a);
  installWeakRefs(a);
  installGenerators(a);
  installAsyncGenerators(a);
  installPromise(a);
  installConsole(a);
  installGlobals(a);
}
