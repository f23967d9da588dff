// @runtimes node browser
const noNext = { [Symbol.iterator]() { return {}; } };
try { for (const x of noNext) {} } catch (e) { console.log(e.name + ': ' + e.message); }
const badResult = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try { for (const x of badResult) {} } catch (e) { console.log(e.name + ': ' + e.message); }
const notObject = { [Symbol.iterator]() { return 1; } };
try { [...notObject]; } catch (e) { console.log(e.name + ': ' + e.message); }
const throwsInNext = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); }, return() { console.log('not called'); } }; } };
try { for (const x of throwsInNext) {} } catch (e) { console.log(e.message); }
const badReturn = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return: () => 5 }; } };
try { for (const x of badReturn) break; } catch (e) { console.log(e.name + ': ' + e.message); }
try { for (const x of badReturn) throw new Error('body wins'); } catch (e) { console.log(e.message); }
