const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(3, 1), a.slice(-10, 2));
const b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b);
console.log(b.splice(1, 0, 'x', 'y'), b);
console.log(b.splice(-1), b);
console.log(b.splice(1), b);
const c = [1, 2, 3];
console.log(c.splice(), c.splice(0, 1, 'replaced'), c);
