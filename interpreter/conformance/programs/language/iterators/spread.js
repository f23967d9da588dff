const a = [1, 2];
const b = [0, ...a, 3, ...'xy', ...new Set([4])];
console.log(b);
console.log(Math.max(...a, 10), [...[], ...[]]);
const o1 = { x: 1, y: 2 };
const o2 = { ...o1, y: 3, z: 4, ...null, ...undefined, ...'hi', ...[9] };
console.log(o2);
function f(...args) { return args.length; }
console.log(f(...a, ...a), f(...new Map([[1, 2]])));
const withGetter = { get g() { return 'evaluated'; } };
console.log({ ...withGetter });
const holes = [1, , 3];
console.log([...holes]);
