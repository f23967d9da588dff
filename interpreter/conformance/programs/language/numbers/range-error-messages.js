// @runtimes node browser
// The RangeErrors (and one TypeError) of number formatting, repeat, the Array constructor and
// reduce carry V8's exact messages.
function attempt(label, make) {
  try {
    console.log(label, 'returned', make());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
}
attempt('toString(99)', () => (123).toString(99));
attempt('toString(1)', () => (123).toString(1));
attempt('toString(36)', () => (123).toString(36));
attempt('toFixed(101)', () => (1).toFixed(101));
attempt('toPrecision(0)', () => (1).toPrecision(0));
attempt('toExponential(-1)', () => (1).toExponential(-1));
attempt('repeat(-1)', () => 'abc'.repeat(-1));
attempt('repeat(Infinity)', () => 'abc'.repeat(Infinity));
attempt('new Array(-1)', () => new Array(-1));
attempt('new Array(2 ** 32)', () => new Array(2 ** 32));
attempt('new Array(1.5)', () => new Array(1.5));
attempt('fromCodePoint(-1)', () => String.fromCodePoint(-1));
attempt('reduce', () => [].reduce((a, b) => a + b));
attempt('reduceRight', () => [].reduceRight((a, b) => a + b));
