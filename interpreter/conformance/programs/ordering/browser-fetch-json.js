// @runtimes browser
// @fetch /api/user 100ms {"name":"Ada","id":7}
console.log('before fetch');
fetch('/api/user')
  .then((res) => {
    console.log('response', res.status, res.ok);
    return res.json();
  })
  .then((user) => console.log('user', user.name, user.id));
console.log('after fetch');
