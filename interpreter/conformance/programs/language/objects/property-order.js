const o = {};
o.z = 1; o[10] = 'ten'; o.a = 2; o[2] = 'two'; o[Symbol('s')] = 3; o['1.5'] = 'float'; o[-1] = 'neg';
console.log(Object.keys(o));
console.log(JSON.stringify(o));
delete o.z;
o.z = 'readded';
console.log(Object.keys(o));
