const data = {
  users: [
    { id: 1, name: 'Ann', tags: ['a', 'b'], meta: { created: 'x', flags: { admin: true } } },
    { id: 2, name: 'Ben', tags: [], meta: { created: 'y', flags: {} } },
  ],
  total: 2,
  page: { size: 10, index: 0 },
};
console.log(data);
console.log([data.users[0].meta]);
console.log(JSON.parse(JSON.stringify(data)).users);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], ['a', 'b']]);
