// @runtimes node browser
const p = Promise.resolve().then(() => p);
p.catch((e) => console.log(e.constructor.name, e.message));
