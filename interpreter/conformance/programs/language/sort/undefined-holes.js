// Undefined values and holes: never passed to the comparator; undefined sorts last, holes after.
function logged(label, array, method = 'sort') {
  const calls = [];
  const result = Array.prototype[method].call(array, (a, b) => {
    calls.push(String(a) + ':' + String(b));
    return a < b ? -1 : a > b ? 1 : 0;
  });
  console.log(label, calls.join(' '), result, 'length' in result ? result.length : '');
  return result;
}
logged('undefineds', [3, undefined, 1, undefined, 2]);
logged('holes', [3, , 1, , , 2, undefined]);
logged('all undefined', [undefined, undefined]);
logged('toSorted holes', [3, , 1, undefined, 2], 'toSorted');
const sparse = [5, 4];
sparse[9] = 1;
const result = logged('sparse', sparse);
console.log(Object.keys(result), 9 in result, 3 in result);
const arrayLike = { 0: 'b', 2: 'a', 3: undefined, length: 5 };
logged('array-like', arrayLike);
console.log(JSON.stringify(arrayLike), Object.keys(arrayLike));
// Default order: each comparison converts both elements to strings, left one first.
const seen = [];
const tagged = (v) => ({ toString: () => (seen.push(v), String(v)) });
const items = [10, 9, 1, 100, 25, 3, 2].map(tagged);
items.sort();
console.log(seen.join(' '), items.map(String).join(','));
// The comparator may change the array; the sort works on its own copy.
const shrinking = [4, 3, 2, 1];
shrinking.sort((a, b) => {
  shrinking.length = 0;
  return a - b;
});
console.log(shrinking);
