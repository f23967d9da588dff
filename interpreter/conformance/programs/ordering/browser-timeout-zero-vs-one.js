// @runtimes browser
// Chromium has no 1 ms minimum: a 0 ms timer is queued at once, before a 1 ms one.
setTimeout(() => console.log('delay 1'), 1);
setTimeout(() => console.log('delay 0'), 0);
