// @runtimes node
new Promise((_, reject) => reject('a string reason'));
