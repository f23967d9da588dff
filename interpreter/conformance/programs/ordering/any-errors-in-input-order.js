// @runtimes node browser
// any's AggregateError lists the reasons in input order, not in the order they came.
const fail = (message, ms) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
Promise.any([fail('first input, last to fail', 200), fail('second input, first to fail', 50)]).catch(
  (e) => {
    console.log(e.constructor.name, e.errors.length);
    for (const error of e.errors) console.log(' ', error.message);
  },
);
Promise.any([]).catch((e) => console.log('empty any:', e.constructor.name, e.errors.length));
