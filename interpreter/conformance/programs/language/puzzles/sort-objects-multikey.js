const rows = [
  { last: 'Smith', first: 'John', age: 40 },
  { last: 'Doe', first: 'Jane', age: 30 },
  { last: 'Smith', first: 'Anna', age: 25 },
  { last: 'Doe', first: 'John', age: 30 },
];
rows.sort((a, b) => a.last.localeCompare(b.last) || a.first.localeCompare(b.first));
console.log(rows.map((r) => `${r.first} ${r.last}`));
console.log(rows.toSorted((a, b) => b.age - a.age).map((r) => r.age));
