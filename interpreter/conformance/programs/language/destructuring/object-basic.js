const user = { id: 1, name: 'Ada', address: { city: 'London', zip: 'N1' }, tags: ['a', 'b'] };
const { id, name: fullName, address: { city }, tags: [firstTag], missing = 'default', ...others } = user;
console.log(id, fullName, city, firstTag, missing, others);
const { length } = 'hello';
console.log(length);
const { ['na' + 'me']: computed } = user;
console.log(computed);
