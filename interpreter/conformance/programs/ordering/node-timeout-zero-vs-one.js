// @runtimes node
// In Node a delay of 0 becomes 1, so these tie and run in scheduling order.
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0'), 0);
