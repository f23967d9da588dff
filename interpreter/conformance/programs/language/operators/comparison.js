console.log(1 < 2, '10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a', null >= 0, undefined >= 0, NaN <= NaN);
console.log(1 == '1', 0 == '', 0 == '0', '' == '0', null == undefined, null == 0, NaN == NaN, [1] == 1, [1, 2] == '1,2');
console.log(1 === 1, '1' === 1, null === null, undefined === null, {} === {}, NaN === NaN);
console.log(true == 1, false == '', true == '1', false == [], [] == ![], '1' != 1, 1 !== '1');
const o = { valueOf: () => 5 };
console.log(o > 4, o == 5, o === 5);
console.log([10, 9, 1].sort(), ['b', 'a', 'C'].sort());
