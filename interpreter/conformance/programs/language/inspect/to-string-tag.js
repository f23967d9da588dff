// @runtimes node
// util.inspect shows a Symbol.toStringTag in brackets only when it is not an own enumerable
// property (the keys print that one already); an object with a null prototype keeps its
// `[Object: null prototype]` prefix beside the tag.
const T = Symbol.toStringTag;
console.log({ [T]: 'Custom', x: 1 });
console.log({ [T]: '' }, { [T]: 5 });
console.log(Object.defineProperty({}, T, { value: 'T' }), Object.defineProperty({ a: 1 }, T, { value: 'T' }));
console.log(Object.defineProperty({}, T, { value: 'T', enumerable: true }));
console.log(Object.defineProperty({}, T, { get: () => 'Acc' }), Object.defineProperty({}, T, { get: () => 'Acc', enumerable: true }));
console.log(Object.defineProperty({}, T, { value: 5 }), Object.defineProperty({}, T, { value: 'Object' }));
class Getter {
  get [T]() {
    return 'GT';
  }
}
class GetterWithField {
  y = 2;
  get [T]() {
    return 'GT2';
  }
}
console.log(new Getter(), new GetterWithField());
class OnPrototype {}
OnPrototype.prototype[T] = 'Proto';
class SameName {}
SameName.prototype[T] = 'SameName';
console.log(new OnPrototype(), new SameName(), Object.create({ [T]: 'Inherited' }));
console.log(Object.create(null, { [T]: { value: 'NP' } }), Object.create(null, { [T]: { value: 'Object' } }));
console.log(Object.create(null, { [T]: { value: 'NP' }, x: { value: 1, enumerable: true } }), Object.create(null, { [T]: { value: '' } }));
console.log(Object.defineProperty([1, 2], T, { value: 'Arr' }), Object.defineProperty(new Map([[1, 2]]), T, { value: 'MM' }));
console.log([{ [T]: 'Nested', z: { [T]: 'Deep' } }]);
console.log(String({ [T]: 'Custom' }), Object.prototype.toString.call(new Getter()));
