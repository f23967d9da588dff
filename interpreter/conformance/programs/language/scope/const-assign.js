const a = 1;
try { a = 2; } catch (e) { console.log(e.name, e.message); }
try { a++; } catch (e) { console.log(e.message); }
try { a += 1; } catch (e) { console.log(e.message); }
const o = { v: 1 };
o.v = 2;
console.log(o, a);
for (const i of [1, 2]) console.log(i);
try { for (const i = 0; i < 2; i++) console.log(i); } catch (e) { console.log(e.message); }
