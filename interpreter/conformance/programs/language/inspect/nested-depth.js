const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep);
console.log({ a: [1, [2, [3, [4, [5]]]]] });
console.log([[[[['deep array']]]]]);
console.log({ m: new Map([['k', { x: { y: { z: 1 } } }]]) });
console.log({ x: { y: { z: new Set([1]), arr: [1, 2], obj: {}, emptyArr: [] } } });
console.log({ x: { y: { z: [] , w: {}, v: new Map(), c: class Foo {}, f() {} } } });
