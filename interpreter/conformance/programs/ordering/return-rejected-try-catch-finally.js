// @runtimes node browser
// A rejected promise returned without await escapes catch (finally still runs first); with await, catch handles it.
async function plain() {
  try {
    return Promise.reject(new Error('plain'));
  } catch (e) {
    console.log('plain: caught', e.message);
  } finally {
    console.log('plain: finally');
  }
}
async function awaited() {
  try {
    return await Promise.reject(new Error('awaited'));
  } catch (e) {
    console.log('awaited: caught', e.message);
    return 'recovered';
  } finally {
    console.log('awaited: finally');
  }
}
plain().then(
  (v) => console.log('plain fulfilled', v),
  (e) => console.log('plain rejected', e.message),
);
awaited().then((v) => console.log('awaited fulfilled', v));
Promise.resolve()
  .then(() => console.log('t1'))
  .then(() => console.log('t2'))
  .then(() => console.log('t3'));
