console.log('before');
const obj = {};
obj.method();
console.log('after');
