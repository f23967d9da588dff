// @runtimes browser
// @fetch /api/missing 50ms 404 nothing here
// @fetch /api/hello 600ms hello world
fetch('/api/missing').then((res) => {
  console.log('missing', res.status, res.ok, res.statusText);
  return res.text().then((t) => console.log('missing body', t));
});
fetch('/api/hello').then(async (res) => console.log('hello', res.status, await res.text()));
