// @runtimes browser
// @fetch /api/once 50ms once
fetch('/api/once').then(async (res) => {
  console.log('bodyUsed before', res.bodyUsed);
  const first = res.text();
  console.log('bodyUsed after', res.bodyUsed);
  console.log('first', await first);
  try {
    await res.text();
  } catch (e) {
    console.log('second read fails', e.name);
  }
});
