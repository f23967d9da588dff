const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = '2024-03-15'.match(date);
console.log(m.groups, m.groups.year, { ...m.groups });
console.log('2024-03-15'.replace(date, '$<day>/$<month>/$<year>'));
console.log('2024-03-15'.replace(date, (...args) => JSON.stringify(args[args.length - 1])));
const { groups: { month } } = date.exec('1999-12-31');
console.log(month);
console.log(/(?<a>x)|(?<b>y)/.exec('y').groups);
