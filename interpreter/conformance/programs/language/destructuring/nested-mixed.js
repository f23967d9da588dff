const data = { users: [{ name: 'A', roles: ['admin', 'dev'] }, { name: 'B', roles: [] }], meta: { total: 2 } };
const { users: [{ name: firstName, roles: [mainRole = 'none'] }, { roles: [otherRole = 'none'] }], meta: { total } } = data;
console.log(firstName, mainRole, otherRole, total);
const swap = ({ a, b }) => ({ a: b, b: a });
console.log(swap({ a: 1, b: 2 }));
const { 0: zero, length: len } = ['first', 'second'];
console.log(zero, len);
