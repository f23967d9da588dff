const big = 2n ** 64n;
console.log(big, typeof big, big + 1n, big / 3n, -7n % 3n, 5n * -2n);
console.log(BigInt(10), BigInt('123456789012345678901234567890'), 10n > 5, 10n == 10, 10n === 10);
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([3n, 1n, 2n].sort(), String(5n), `${7n}`, 0n ? 'truthy' : 'falsy');
console.log(BigInt.asUintN ? 'has asUintN' : 'no');
