const arr = [1, 2, 3, 4];
arr.forEach((x, i) => { if (i === 0) arr.push(99); console.log(x); });
console.log(arr);
const b = [1, 2, 3, 4];
b.forEach((x, i) => { if (x === 2) b.splice(i, 1); console.log('saw', x); });
console.log(b);
const r = [1, 2, 3].forEach((x) => x * 2);
console.log(r);
