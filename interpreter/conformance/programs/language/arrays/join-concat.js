console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [null, undefined, 1].join(','), [[1, 2], [3]].join(';'));
console.log([1].concat(2, [3, 4], [[5]]), [].concat([]), ['a'].concat('bc'));
const nested = [1, [2, [3]]];
console.log(String(nested), nested.toString(), `${[]}`, [] + 1);
const cyc = [1, 2];
cyc.push(cyc);
console.log(cyc.join('-'));
