console.log('plain', ['in array'], { k: 'in object' }, new Map([['mk', 'mv']]));
console.log(["single ' inside"], ['double " inside'], ['both \' and "'], ['all \' " `'], ['back\\slash'], ['new\nline'], ['tab\t']);
console.log(['emoji 😀', 'é', '\u0000', '\x1b[31m', '\u200b']);
console.log({ 'key\'quote': 1, 'key"dq': 2, 'key\nnl': 3, '': 4 });
console.log([''], { e: '' }, '');
console.log('a', 'b', 1, 'c');
console.log();
console.log('');
