console.log(1, -0, 0, NaN, Infinity, -Infinity, 1e21, 1.5e-10, 10n, true, null, undefined);
console.log('top-level string', "with 'quotes'", Symbol('sym'), Symbol(), Symbol.iterator);
console.log([1, -0, NaN, 'str', "it's", `both ' "`, 10n, true, null, undefined, Symbol('in array')]);
console.log({ s: 'str', n: -0, u: undefined, nul: null, b: false, big: 5n, sym: Symbol('v') });
console.log('%s is %d years and %i days, %f', 'Bob', 42.5, 3.9, '1.5', 'extra', 7);
console.log('%o %O %j', { a: 1 }, { b: [2] }, { c: 3 });
console.log('100%', '%%', 'a%sb', '%s');
console.log('%c styled', 'color: red', 'after');
