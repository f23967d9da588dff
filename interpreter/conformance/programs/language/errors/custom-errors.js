class AppError extends Error {
  constructor(message, options) { super(message, options); this.name = this.constructor.name; }
}
class NotFound extends AppError { constructor(what) { super(`${what} not found`); this.status = 404; } }
const e = new NotFound('user');
console.log(e.name, e.message, e.status, e instanceof NotFound, e instanceof AppError, e instanceof Error, String(e));
console.log(e.stack.split('\n')[0], Object.keys(e));
function legacy(msg) { this.message = msg; this.name = 'Legacy'; }
legacy.prototype = Object.create(Error.prototype);
legacy.prototype.constructor = legacy;
const l = new legacy('old style');
console.log(l instanceof Error, String(l), Object.prototype.toString.call(l));
