// @runtimes node browser
const root = new Error('root cause');
const wrapped = new Error('wrapper', { cause: root });
console.log(wrapped.cause === root, wrapped.cause.message, Object.hasOwn(wrapped, 'cause'));
const noCause = new Error('x', {});
console.log('cause' in noCause, new Error('y', { cause: undefined }).hasOwnProperty('cause'));
const chain = new TypeError('outer', { cause: new RangeError('inner', { cause: 'string cause' }) });
console.log(chain.cause.cause);
