const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i === 0) continue;
    if (i === 2) break;
    log.push('body ' + i);
  } finally {
    log.push('finally ' + i);
  }
}
console.log(log);
outer: for (const x of [1, 2]) {
  for (const y of [1, 2]) {
    try { if (y === 1) continue outer; } finally { console.log('cleanup', x, y); }
  }
}
