// @runtimes node browser
// all rejects with the first rejection in time; the later ones are handled by all too, so none goes unhandled.
const fail = (message, ms) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.all([fail('slow', 200), fail('fast', 50), Promise.resolve('ok')]).catch((e) =>
  console.log('all rejected with', e.message),
);
setTimeout(() => console.log('still running after the slow rejection'), 300);
