console.log(Array.from({ length: 7 }, (_, i) => i));
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 30 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(i % 5 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => -i * 1.5));
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })));
console.log(Array.from({ length: 10 }, (_, i) => [i, i * 2]));
