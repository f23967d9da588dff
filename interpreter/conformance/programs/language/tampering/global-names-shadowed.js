var undefinedCopy = undefined;
function Object() { return 'my Object'; }
const Array = 'my Array';
let Promise = null;
console.log(Object(), Array, Promise, [1, 2], { a: 1 });
(async () => { await null; console.log('async still works with Promise shadowed'); })();
setTimeout(() => console.log('timers too'), 0);
