// @runtimes node browser
function where() {
  const lines = new Error('here').stack.split('\n').slice(1, 3).map((l) => l.trim().split(' ')[1]);
  return lines.join(' <- ');
}
[1].forEach(function cb() { console.log(where()); });
[1].map(function mapper() { console.log(where()); });
[2, 1].sort(function cmp(a, b) { console.log(where().split(' <- ')[0]); return a - b; });
