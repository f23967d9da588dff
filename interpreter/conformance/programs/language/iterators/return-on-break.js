// @runtimes node browser
function makeIter(label) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; console.log(label, 'next', i); return { value: i, done: i > 5 }; },
    return(v) { console.log(label, 'return called with', v); return { done: true, value: v }; },
  };
}
for (const x of makeIter('A')) { if (x === 2) break; }
try { for (const x of makeIter('B')) { throw new Error('in body'); } } catch (e) { console.log('caught', e.message); }
(function () { for (const x of makeIter('C')) return x; })();
for (const x of makeIter('D')) {}
label: for (const y of [1]) { for (const x of makeIter('E')) continue label; }
