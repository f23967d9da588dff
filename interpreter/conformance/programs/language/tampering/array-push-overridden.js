const originalPush = Array.prototype.push;
Array.prototype.push = function (...items) {
  return originalPush.call(this, ...items.map((x) => (typeof x === 'number' ? x * 100 : x)));
};
const arr = [];
arr.push(1, 2);
console.log(arr, [3, 4], { list: [5] });
Promise.resolve().then(() => console.log('microtask still runs', [6]));
setTimeout(() => console.log('timer still runs'), 0);
console.log('sync end');
