/* global queueMicrotask */
// A microtask queue that stays 1,000 jobs long: each job queues another. Every step moves a job,
// and every keyframe holds the whole queue. It never ends by itself; the step limit stops it.
for (let i = 0; i < 1000; i++) {
  queueMicrotask(function again() {
    queueMicrotask(again);
  });
}
