console.log([1, , 3], [, , ,], new Array(3), [1, , , , 5], [undefined, , null]);
const a = [];
a[2] = 'x';
a[10] = 'y';
console.log(a);
const b = new Array(120);
b[50] = 1;
console.log(b);
console.log(Array.from({ length: 8 }, (_, i) => (i % 2 ? i : undefined)));
