// @runtimes browser
// @fetch /api/items 100ms [1,2,3]
async function load() {
  console.log('loading');
  const res = await fetch('/api/items');
  const items = await res.json();
  console.log('items', items.length, items.join('+'));
  return items.length;
}
load().then((n) => console.log('loaded', n));
Promise.resolve().then(() => console.log('microtask while the request is in flight'));
