// @runtimes node browser
for (const x of [1, 2, 3]) console.log(x);
for (const ch of 'héllo😀') console.log(ch);
for (const [k, v] of new Map([[1, 'a']])) console.log(k, v);
for (const v of new Set(['s1', 's2'])) console.log(v);
const arr = [1, 2];
for (const x of arr) { if (arr.length < 5) arr.push(x * 10); console.log('saw', x); }
try { for (const x of { a: 1 }) {} } catch (e) { console.log(e.message); }
try { for (const x of 5) {} } catch (e) { console.log(e.message); }
try { for (const x of undefined) {} } catch (e) { console.log(e.message); }
