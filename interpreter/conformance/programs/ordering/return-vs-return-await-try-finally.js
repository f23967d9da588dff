// @runtimes node browser
// Without await, `finally` runs as soon as the return is reached; with `return await`, only after the promise settles.
const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
async function plain() {
  try {
    return later('plain value', 100);
  } finally {
    console.log('plain: finally');
  }
}
async function awaited() {
  try {
    return await later('awaited value', 200);
  } finally {
    console.log('awaited: finally');
  }
}
plain().then((v) => console.log('plain settled with', v));
awaited().then((v) => console.log('awaited settled with', v));
console.log('script end');
