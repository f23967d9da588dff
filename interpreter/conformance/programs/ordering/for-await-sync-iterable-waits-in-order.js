// @runtimes node browser
// for await over an array of promises awaits them in array order: a fast second element waits for a slow first.
const after = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
(async () => {
  for await (const ms of [after(200), after(50), 'plain']) console.log('got', ms);
})();
setTimeout(() => console.log('timer 100: the 50 ms promise is settled but not yet consumed'), 100);
