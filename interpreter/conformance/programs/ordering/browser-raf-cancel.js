// @runtimes browser
const id = requestAnimationFrame(() => console.log('cancelled: never'));
requestAnimationFrame(() => {
  console.log('kept');
});
cancelAnimationFrame(id);
let later;
requestAnimationFrame(() => {
  console.log('first cancels the one after it');
  cancelAnimationFrame(later);
});
later = requestAnimationFrame(() => console.log('cancelled in the same frame: never'));
