// @runtimes browser
setTimeout(() => console.log('timer 300'), 300);
requestAnimationFrame(() => {
  console.log('frame');
  setTimeout(() => console.log('timer 0 from frame'), 0);
  requestAnimationFrame(() => console.log('next frame'));
});
