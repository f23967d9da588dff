// @runtimes node browser
const never = Promise.race([]);
never.then(() => console.log('never'));
setTimeout(() => console.log('timer ran; race([]) still pending'), 5);
