/**
 * The examples gallery: short programs that each teach one thing about the event loop, with a
 * title and one line on what to watch. `model` is the runtime the example is written for.
 */
import type { Model } from '../../interpreter/trace/types';

export interface Example {
  id: string;
  title: string;
  /** One line: what to watch on the stage. */
  watch: string;
  model: Model;
  source: string;
}

const src = (s: string) => `${s.trim()}\n`;

export const EXAMPLES: readonly Example[] = [
  {
    id: 'classic',
    title: 'async/await: the classic puzzle',
    watch:
      'await suspends async1; its continuation is a microtask, so it runs before the 0 ms timer.',
    model: 'browser',
    source: src(`
console.log('script start');

setTimeout(function timeout() {
  console.log('setTimeout');
}, 0);

async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
}
async1();

new Promise(function (resolve) {
  console.log('promise1');
  resolve();
}).then(function () {
  console.log('promise2');
});

console.log('script end');
`),
  },
  {
    id: 'callback',
    title: 'A callback',
    watch:
      'The timer waits in Web APIs; its callback runs only after the whole script has finished.',
    model: 'browser',
    source: src(`
console.log('start');

setTimeout(function greet() {
  console.log('timer fired');
}, 1000);

console.log('end');
`),
  },
  {
    id: 'then-chain',
    title: 'A promise chain with .then',
    watch: 'Each .then callback becomes a microtask only when the promise before it settles.',
    model: 'browser',
    source: src(`
console.log('start');

Promise.resolve(1)
  .then(function double(x) {
    console.log('got', x);
    return x * 2;
  })
  .then(function show(y) {
    console.log('then got', y);
  });

console.log('end');
`),
  },
  {
    id: 'same-with-await',
    title: 'The same chain with async/await',
    watch: 'Each await suspends main and queues its continuation as a microtask, like a .then.',
    model: 'browser',
    source: src(`
console.log('start');

async function main() {
  const x = await Promise.resolve(1);
  console.log('got', x);
  const y = await (x * 2);
  console.log('then got', y);
}
main();

console.log('end');
`),
  },
  {
    id: 'tasks-vs-microtasks',
    title: 'Tasks vs microtasks',
    watch: 'Every microtask runs before the next task, even a timer of 0 ms set first.',
    model: 'browser',
    source: src(`
setTimeout(function timeout() {
  console.log('timeout');
}, 0);

Promise.resolve().then(function reaction() {
  console.log('promise');
});

queueMicrotask(function micro() {
  console.log('queueMicrotask');
});

console.log('script');
`),
  },
  {
    id: 'fast-async',
    title: 'Fast async (v8.dev)',
    watch:
      'await on a native promise takes a single microtask, so after:await comes before tick:a.',
    model: 'node',
    source: src(`
// https://v8.dev/blog/fast-async
const p = Promise.resolve();

(async () => {
  await p;
  console.log('after:await');
})();

p.then(() => console.log('tick:a'))
  .then(() => console.log('tick:b'));
`),
  },
  {
    id: 'return-await',
    title: 'return await vs return promise',
    watch:
      'Returning a promise needs a resolve-thenable job and two extra ticks; return await wins.',
    model: 'browser',
    source: src(`
async function returnsPromise() {
  return Promise.resolve('return promise');
}

async function returnsAwait() {
  return await Promise.resolve('return await');
}

returnsPromise().then((v) => console.log(v));
returnsAwait().then((v) => console.log(v));
`),
  },
  {
    id: 'thenables',
    title: 'Thenables',
    watch: 'Resolving with an object that has then() queues a job that calls it, one tick later.',
    model: 'browser',
    source: src(`
const thenable = {
  then(resolve) {
    console.log('then() is called');
    resolve('value from the thenable');
  },
};

Promise.resolve(thenable).then((v) => console.log(v));
Promise.resolve('plain value').then((v) => console.log(v));

console.log('script end');
`),
  },
  {
    id: 'all-race',
    title: 'Promise.all and Promise.race',
    watch: 'all waits for every timer; race settles with the first one and ignores the rest.',
    model: 'browser',
    source: src(`
function wait(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

Promise.all([wait(30, 'a'), wait(10, 'b')]).then((values) => {
  console.log('all:', values);
});

Promise.race([wait(30, 'slow'), wait(10, 'fast')]).then((value) => {
  console.log('race:', value);
});
`),
  },
  {
    id: 'interval',
    title: 'setInterval',
    watch:
      'The interval timer goes back to Web APIs after each run until clearInterval removes it.',
    model: 'browser',
    source: src(`
let n = 0;

const id = setInterval(function tick() {
  n++;
  console.log('tick', n);
  if (n === 3) clearInterval(id);
}, 100);

console.log('interval started');
`),
  },
  {
    id: 'starvation',
    title: 'A microtask loop starves timers',
    watch:
      'Microtasks that queue microtasks keep the timer waiting forever; the run stops at the step limit.',
    model: 'browser',
    source: src(`
setTimeout(function timeout() {
  console.log('the timer never gets a turn');
}, 0);

let turns = 0;
function again() {
  turns++;
  Promise.resolve().then(again);
}
again();
`),
  },
  {
    id: 'finally',
    title: 'Errors, catch and finally',
    watch: 'A rejection travels down the chain as microtasks; finally runs either way.',
    model: 'browser',
    source: src(`
async function load() {
  try {
    console.log('loading');
    await Promise.reject(new Error('network down'));
    console.log('never printed');
  } catch (e) {
    console.log('caught:', e.message);
  } finally {
    console.log('finally: clean up');
  }
}

load().then(() => console.log('load settled'));

Promise.reject(new Error('oops'))
  .finally(() => console.log('finally runs on rejection too'))
  .catch((e) => console.log('caught:', e.message));
`),
  },
  {
    id: 'uncaught-in-task',
    title: 'An error in a task',
    watch: 'An uncaught error ends its task only; the browser event loop goes on to the next one.',
    model: 'browser',
    source: src(`
setTimeout(function explode() {
  throw new Error('boom');
}, 0);

setTimeout(function after() {
  console.log('the event loop goes on');
}, 0);
`),
  },
  {
    id: 'sequential-parallel',
    title: 'Sequential vs parallel awaits',
    watch: 'Awaiting one by one waits 30 ms in all; Promise.all starts both timers at once.',
    model: 'browser',
    source: src(`
function wait(ms, label) {
  return new Promise((resolve) => {
    setTimeout(() => {
      console.log(label, 'done');
      resolve();
    }, ms);
  });
}

async function sequential() {
  await wait(20, 'sequential A');
  await wait(10, 'sequential B');
}

async function parallel() {
  await Promise.all([wait(20, 'parallel A'), wait(10, 'parallel B')]);
}

sequential();
parallel();
`),
  },
  {
    id: 'fetch',
    title: 'fetch with latency',
    watch:
      'The request waits in Web APIs for its @fetch latency (50 virtual ms); the 10 ms timer runs first.',
    model: 'browser',
    source: src(`
// @fetch https://example.com/answer.json 50ms {"answer": 42}
console.log('request sent');

fetch('https://example.com/answer.json')
  .then(function onResponse(response) {
    console.log('response', response.status);
    return response.json();
  })
  .then(function onData(data) {
    console.log('answer', data.answer);
  });

setTimeout(function timer() {
  console.log('timer, 10 ms');
}, 10);
`),
  },
  {
    id: 'raf',
    title: 'requestAnimationFrame',
    watch:
      'rAF callbacks wait for the next render step, about every 16.7 ms, after tasks and microtasks.',
    model: 'browser',
    source: src(`
let frames = 0;

function frame() {
  frames++;
  console.log('frame', frames);
  if (frames < 3) requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

setTimeout(() => console.log('timeout 0'), 0);
Promise.resolve().then(() => console.log('microtask'));
`),
  },
  {
    id: 'next-tick',
    title: 'process.nextTick vs promises',
    watch:
      'Node drains the nextTick queue before promise jobs, and again after the microtask queue is empty.',
    model: 'node',
    source: src(`
Promise.resolve()
  .then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('nextTick queued by promise 1'));
  })
  .then(() => console.log('promise 2'));

process.nextTick(() => console.log('nextTick 1'));

console.log('script');
`),
  },
  {
    id: 'immediate',
    title: 'setImmediate vs setTimeout',
    watch:
      'Inside a timer callback, the check phase (setImmediate) comes before the next timers phase.',
    model: 'node',
    source: src(`
setTimeout(function outer() {
  setTimeout(function timeout() {
    console.log('timeout');
  }, 0);
  setImmediate(function immediate() {
    console.log('immediate');
  });
}, 0);
`),
  },
  {
    id: 'async-generators',
    title: 'Async generators',
    watch:
      'Each for await turn suspends on a promise; other microtasks slip in between the values.',
    model: 'browser',
    source: src(`
async function* countdown(n) {
  while (n > 0) {
    await null;
    yield n--;
  }
}

(async () => {
  for await (const n of countdown(3)) console.log(n);
  console.log('liftoff');
})();

Promise.resolve().then(() => console.log('another microtask'));
`),
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];

export function exampleById(id: string | null | undefined): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
