// @runtimes browser
let first;
requestAnimationFrame((t1) => {
  first = t1;
  requestAnimationFrame((t2) => {
    console.log('second frame is later', t2 > first);
    console.log('same frame, same timestamp');
  });
  requestAnimationFrame((t3) => console.log('sibling gets the same timestamp', t3 === t1 ? 'no' : 'yes'));
});
