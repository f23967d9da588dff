// @runtimes node
// console.dir reads depth (null: no limit) and showHidden from its options, as util.inspect does.
const o = {a: {b: {c: {d: 1}}}, arr: [[1, [2, [3]]]]};
console.dir(o, {depth: 0});
console.dir(o, {depth: null});
console.dir(o, {depth: 1});
console.dir(o);
console.dir(o, {depth: Infinity});
console.dir([1,2], {showHidden: true});
console.dir(o, {depth: -1});
