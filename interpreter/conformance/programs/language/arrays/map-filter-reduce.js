const nums = [1, 2, 3, 4, 5];
console.log(nums.map((n, i, arr) => n * i + arr.length));
console.log(nums.filter((n) => n % 2), nums.reduce((a, b) => a + b), nums.reduce((acc, n) => acc + n, 100));
console.log(nums.reduceRight((acc, n) => acc + n, ''), [[1, 2], [3]].reduce((a, b) => a.concat(b), []));
console.log(['1', '2', '3'].map(Number), ['1', '2', '3'].map(parseInt));
console.log([1, 2, 3].map(String), [0, 1, '', 'a', null].filter(Boolean));
const sparse = [1, , 3];
console.log(sparse.map((x) => x * 2), sparse.filter(() => true), sparse.reduce((a, b) => a + b));
