// @runtimes node browser
async function withoutAwait() {
  try {
    return Promise.reject(new Error('escaped'));
  } catch (e) {
    return 'caught ' + e.message;
  }
}
async function withAwait() {
  try {
    return await Promise.reject(new Error('trapped'));
  } catch (e) {
    return 'caught ' + e.message;
  }
}
withoutAwait().then(
  (v) => console.log('withoutAwait fulfilled', v),
  (e) => console.log('withoutAwait rejected', e.message),
);
withAwait().then(
  (v) => console.log('withAwait fulfilled', v),
  (e) => console.log('withAwait rejected', e.message),
);
