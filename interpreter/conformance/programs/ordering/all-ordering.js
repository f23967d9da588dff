// @runtimes node browser
const slow = new Promise((r) => setTimeout(() => r('slow'), 200));
const fast = new Promise((r) => setTimeout(() => r('fast'), 50));
Promise.all([slow, fast, 'plain', Promise.resolve('ready')]).then((vs) => console.log('all', vs.join(',')));
fast.then(() => console.log('fast settled'));
slow.then(() => console.log('slow settled'));
