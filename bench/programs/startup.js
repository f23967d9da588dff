/* global console */
// Startup: the smallest program, so its time is what a run costs before any work (parse, realm).
console.log(0);
