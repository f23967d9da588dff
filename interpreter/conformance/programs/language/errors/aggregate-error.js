const agg = new AggregateError([new Error('a'), new TypeError('b')], 'multiple');
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map((e) => e.message), agg instanceof Error);
const fromSet = new AggregateError(new Set(['x']), 'from set');
console.log(fromSet.errors);
console.log(Object.getOwnPropertyNames(agg).sort());
