// @runtimes browser
// @fetch /slow 900ms slow
// @fetch /fast 100ms fast
fetch('/slow').then((r) => r.text()).then((t) => console.log('got', t));
fetch('/fast').then((r) => r.text()).then((t) => console.log('got', t));
setTimeout(() => console.log('timer 500'), 500);
setTimeout(() => console.log('timer 1400'), 1400);
