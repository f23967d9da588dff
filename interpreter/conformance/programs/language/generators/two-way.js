function* convo() {
  const name = yield 'What is your name?';
  const hobby = yield `Hello ${name}! Hobby?`;
  return `${name} likes ${hobby}`;
}
const c = convo();
console.log(c.next('ignored').value);
console.log(c.next('Ada').value);
console.log(c.next('math'));
function* acc() { let total = 0; while (true) total += yield total; }
const a = acc();
a.next();
a.next(5);
console.log(a.next(10).value);
