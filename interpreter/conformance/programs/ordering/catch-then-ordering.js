// @runtimes node browser
const r = Promise.reject(new Error('e'));
r.catch(() => console.log('catch 1'));
r.then(null, () => console.log('then reject 2'));
r.catch(() => console.log('catch 3')).then(() => console.log('after catch 3'));
Promise.resolve().then(() => console.log('resolved sibling'));
