/**
 * One what-if experiment of bench/profile.ts, in a process of its own: the unchanged interpreter
 * with a prototype patched, timed on one program. Patching here is how the bench sizes a change
 * without making it; nothing here is used by the app.
 */
import { run, type RunOptions } from '../interpreter/index';
import { Recorder, StepLimitReached } from '../interpreter/trace/recorder';
import { collectGarbage, serveRequest } from './lib/child';
import { PROGRAMS } from './programs/catalog';
import { BENCH_STEP_LIMIT } from './suites/interpreter/engines';

export interface ExperimentRequest {
  experiment: 'baseline' | 'no-recording' | 'no-keyframes';
  program: string;
  runs: number;
}

export interface ExperimentReply {
  cpuTimes: number[];
  output: string;
}

/** Recording reduced to what a run cannot do without: counting steps against the limit. */
function disableRecording(): void {
  const counts = new WeakMap<Recorder, number>();
  Recorder.prototype.step = function (this: Recorder) {
    const n = (counts.get(this) ?? 0) + 1;
    counts.set(this, n);
    if (n > this.stepLimit) throw new StepLimitReached(this.stepLimit);
  };
  Recorder.prototype.emit = function () {};
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

serveRequest<ExperimentRequest, ExperimentReply>(async (request) => {
  const program = PROGRAMS.find((p) => p.name === request.program);
  if (!program) throw new Error(`no program '${request.program}'`);
  const options: RunOptions = { model: 'node', stepLimit: BENCH_STEP_LIMIT };
  if (request.experiment === 'no-recording') disableRecording();
  if (request.experiment === 'no-keyframes') options.keyframeInterval = Number.MAX_SAFE_INTEGER;
  const once = () => {
    const trace = run(program.source, options);
    if (trace.outcome.kind !== 'completed') throw new Error(JSON.stringify(trace.outcome));
    return trace.console.map((line) => line.text).join('\n');
  };
  const output = once(); // warm-up
  const cpuTimes: number[] = [];
  for (let i = 0; i < request.runs; i++) {
    collectGarbage();
    const start = cpuNow();
    if (once() !== output) throw new Error('the output changed between runs');
    cpuTimes.push(cpuNow() - start);
  }
  return { cpuTimes, output };
});
