// @runtimes node browser
try {
  [1, 2, 3].forEach((x) => { if (x === 2) throw new Error('stop at ' + x); console.log('item', x); });
} catch (e) { console.log(e.message); }
try { [3, 1, 2].sort(() => { throw new Error('cmp fails'); }); } catch (e) { console.log(e.message); }
try { JSON.parse('{"a":1}', () => { throw new Error('reviver'); }); } catch (e) { console.log(e.message); }
try { ({ get x() { throw new Error('getter'); } }).x; } catch (e) { console.log(e.message); }
try { `${{ toString() { throw new Error('toString'); } }}`; } catch (e) { console.log(e.message); }
