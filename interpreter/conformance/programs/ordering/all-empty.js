// @runtimes node browser
Promise.all([]).then((v) => console.log('empty all', v.length));
Promise.allSettled([]).then((v) => console.log('empty allSettled', v.length));
Promise.any([]).catch((e) => console.log('empty any', e.constructor.name, e.errors.length));
Promise.resolve().then(() => console.log('sibling'));
