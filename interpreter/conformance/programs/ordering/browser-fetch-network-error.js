// @runtimes browser
// @fetch /api/down 50ms error
fetch('/api/down')
  .then(() => console.log('never'))
  .catch((e) => console.log(e.name, e.message));
