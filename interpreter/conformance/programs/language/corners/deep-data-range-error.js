// @runtimes node
// Data nested far deeper than Node's stack: String and JSON.stringify throw V8's RangeError, which
// the program catches, and the run goes on. (Chromium's page has stack enough for this JSON.)
let nested = [];
for (let i = 0; i < 100000; i++) nested = [nested];
for (const show of [String, JSON.stringify]) {
  try {
    show(nested);
  } catch (e) {
    console.log(show.name, e instanceof RangeError, e.message);
  }
}
console.log('goes on');
