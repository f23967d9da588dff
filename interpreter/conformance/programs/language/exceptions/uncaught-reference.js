function a() { return b(); }
function b() { return missingName + 1; }
console.log('start');
a();
