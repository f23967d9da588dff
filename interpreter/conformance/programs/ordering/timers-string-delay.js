// @runtimes node browser
setTimeout(() => console.log('delay "200"'), '200');
setTimeout(() => console.log('delay 100'), 100);
setTimeout(() => console.log('delay -5 (as 0)'), -5);
