// @runtimes browser
let frames = 0;
function frame() {
  frames++;
  console.log('frame', frames);
  if (frames < 3) {
    requestAnimationFrame(frame);
    Promise.resolve().then(() => console.log('after frame', frames));
  }
}
requestAnimationFrame(frame);
requestAnimationFrame(() => console.log('second callback of the first frame'));
