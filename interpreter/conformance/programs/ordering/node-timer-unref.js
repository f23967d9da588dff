// @runtimes node
// An unref'd timer does not keep the process alive; a ref'd one does.
const lonely = setTimeout(() => console.log('unref timer: never (nothing else keeps Node alive)'), 200);
lonely.unref();
console.log('hasRef after unref', lonely.hasRef());
const t = setTimeout(() => console.log('ref timer runs'), 50);
t.unref();
t.ref();
console.log('hasRef after ref', t.hasRef());
