// An unhandled Promise.any rejection: its AggregateError has no stack frames, so Node's crash report shows it in brackets.
console.log('before');
Promise.any([Promise.reject(1), Promise.reject(new Error('two'))]);
