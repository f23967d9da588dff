// @runtimes node browser
for (let i = 0; i < 5; i++) setTimeout(() => console.log('timer', i), 100);
setTimeout(() => console.log('shorter'), 50);
setTimeout(() => console.log('longer'), 150);
