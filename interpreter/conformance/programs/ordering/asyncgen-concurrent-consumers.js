// @runtimes node browser
async function* ticker() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 10));
    yield i;
  }
}
const it = ticker();
Promise.all([it.next(), it.next(), it.next(), it.next()]).then((rs) =>
  console.log(rs.map((r) => (r.done ? 'done' : r.value)).join(' ')),
);
