// @runtimes node browser
Promise.race([
  new Promise((r) => setTimeout(() => r('slow'), 200)),
  new Promise((r) => setTimeout(() => r('fast'), 50)),
]).then((v) => console.log('race winner', v));
Promise.race([Promise.resolve('first'), Promise.resolve('second')]).then((v) => console.log('already resolved winner', v));
Promise.race([3, Promise.resolve(4)]).then((v) => console.log('plain value wins', v));
Promise.race([Promise.reject(new Error('loser')), 1]).catch((e) => console.log('rejection first', e.message));
