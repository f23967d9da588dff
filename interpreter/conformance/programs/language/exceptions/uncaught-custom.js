class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
console.log('validating');
throw new ValidationError('email');
