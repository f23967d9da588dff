console.log(Promise.resolve(42), Promise.reject(new Error('nope')).catch(() => {}) && 'x', new Promise(() => {}));
const p = Promise.resolve({ nested: [1, 2] });
console.log(p, [p], { p });
const rejected = Promise.reject('reason');
rejected.catch(() => {});
console.log(rejected);
