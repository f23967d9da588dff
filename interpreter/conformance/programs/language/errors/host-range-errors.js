// @runtimes node browser
// RangeErrors that V8 throws from its own string and BigInt code reach the program as ordinary,
// catchable RangeErrors with V8's messages (past the maximum string length, a bad normalization
// form, a BigInt too large), whether a builtin or an operator made them.
function attempt(label, make) {
  try {
    const result = make();
    console.log(label, 'made', typeof result === 'string' ? result.length : result);
  } catch (e) {
    console.log(label, e instanceof RangeError, `${e.name}: ${e.message}`);
  }
}
/** A string of 2 ** 28 characters, made by doubling: V8 keeps it as a rope, so it costs little. */
function huge() {
  let s = 'ab';
  for (let i = 0; i < 27; i++) s += s;
  return s;
}
const big = huge();
console.log(big.length === 2 ** 28);
attempt('repeat', () => 'a'.repeat(2 ** 30));
attempt('padStart', () => 'ab'.padStart(2 ** 30));
attempt('padEnd', () => 'ab'.padEnd(2 ** 30, 'xy'));
attempt('doubling', () => {
  let s = 'ab';
  for (let i = 0; i < 40; i++) s += s;
  return s;
});
attempt('plus', () => big + big);
attempt('plus object', () => big + { toString: () => big });
attempt('template', () => `${big}${big}`);
attempt('concat', () => big.concat(big));
attempt('join', () => [big, big].join(''));
attempt('normalize', () => 'a'.normalize('bad'));
attempt('BigInt **', () => 2n ** 10000000000n);
attempt('BigInt <<', () => 1n << 10000000000n);
attempt('BigInt /', () => 1n / 0n);
attempt('BigInt toString', () => (255n).toString(99));
attempt('toExponential', () => (1).toExponential(101));
attempt('plus-assign', () => {
  let s = big;
  s += big;
  return s;
});
