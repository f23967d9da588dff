/**
 * The what-if experiments of bench/profile.ts, in a process of their own: the unchanged
 * interpreter (the bench's bundle) with a prototype patched or an option changed, timed on one
 * program. Variants alternate round by round, so that load from other work on the machine falls
 * on all of them alike. Patching here sizes a change before anyone makes it; nothing here is
 * used by the app.
 */
import { collectGarbage, serveRequest } from './lib/child';
import { loadLoopscope, type Loopscope } from './lib/loopscope';
import { BENCH_STEP_LIMIT } from './suites/interpreter/engines';

export type Experiment = 'baseline' | 'no-recording' | 'no-keyframes';

export interface ExperimentRequest {
  source: string;
  loopscopeBundle: string;
  experiments: Experiment[];
  rounds: number;
}

export interface ExperimentReply {
  cpuTimes: Record<string, number[]>;
}

type Recorder = InstanceType<Loopscope['Recorder']>;

/** Recording cut down to what a run cannot do without: counting steps against the limit. */
function withoutRecording<T>(ls: Loopscope, body: () => T): T {
  const prototype = ls.Recorder.prototype;
  const saved = { ...Object.getOwnPropertyDescriptors(prototype) };
  const counts = new WeakMap<Recorder, number>();
  const countStep = function (this: Recorder) {
    const n = (counts.get(this) ?? 0) + 1;
    counts.set(this, n);
    if (n > this.stepLimit) throw new ls.StepLimitReached(this.stepLimit);
  };
  const nothing = () => {};
  Object.assign(prototype, {
    step: countStep,
    stepAt: countStep,
    stepWithId: countStep,
    framePush: nothing,
    framePop: nothing,
    recordBinding: nothing,
    jobEnqueue: nothing,
    jobDequeue: nothing,
    taskEnqueue: nothing,
    taskDequeue: nothing,
    hostAdd: nothing,
    hostRemove: nothing,
    promise: nothing,
    phase: nothing,
    time: nothing,
    suspend: nothing,
    resume: nothing,
  } satisfies Partial<Record<keyof Recorder, unknown>>);
  try {
    return body();
  } finally {
    Object.defineProperties(prototype, saved);
  }
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

serveRequest<ExperimentRequest, ExperimentReply>(async (request) => {
  const ls = await loadLoopscope(request.loopscopeBundle);
  const runOnce = (experiment: Experiment): string => {
    const go = () => {
      const trace = ls.run(request.source, {
        model: 'node',
        stepLimit: BENCH_STEP_LIMIT,
        // A small integer, so that `step % interval` stays integer arithmetic.
        keyframeInterval: experiment === 'no-keyframes' ? 2 ** 30 : undefined,
      });
      if (trace.outcome.kind !== 'completed') throw new Error(JSON.stringify(trace.outcome));
      return trace.console.map((line) => line.text).join('\n');
    };
    return experiment === 'no-recording' ? withoutRecording(ls, go) : go();
  };
  const expected = runOnce('baseline');
  for (const experiment of request.experiments) runOnce(experiment); // warm-up
  const cpuTimes: Record<string, number[]> = {};
  for (let round = 0; round < request.rounds; round++) {
    for (const experiment of request.experiments) {
      collectGarbage();
      const start = cpuNow();
      const output = runOnce(experiment);
      (cpuTimes[experiment] ??= []).push(cpuNow() - start);
      if (output !== expected) throw new Error(`${experiment} printed ${output}, not ${expected}`);
    }
  }
  return { cpuTimes };
});
