/**
 * Runs one program on one engine in a process of its own: warm-up runs, then timed runs, each
 * after a full garbage collection so that one run's garbage is not collected on the next one's
 * clock.
 */
import { collectGarbage, serveRequest } from '../../lib/child';
import { prepare, type EngineName, type RunOutput } from './engines';

export interface ThroughputRequest {
  engine: EngineName;
  /** The program's source as this engine runs it (JS-Interpreter gets the ES5 transcription). */
  source: string;
  loopscopeBundle: string;
  runs: number;
  warmup: number;
  /** Fewer timed runs (never fewer than 3) when a run is so slow that `runs` would exceed this. */
  budgetMs: number;
}

export interface ThroughputReply extends RunOutput {
  /**
   * The process's first run (the first warm-up, or the first timed run when there is none): a run
   * with nothing compiled yet, as the app's first Run is (later Runs reuse its worker).
   */
  firstWallMs: number;
  firstCpuMs: number;
  /** Wall-clock milliseconds of each timed run. */
  wallTimes: number[];
  /** CPU milliseconds (user + system, all of the process's threads) of each timed run. */
  cpuTimes: number[];
}

interface Timing {
  wallMs: number;
  cpuMs: number;
  result: RunOutput;
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function timeOnce(request: ThroughputRequest): Promise<Timing> {
  const go = await prepare(request.engine, request.source, request.loopscopeBundle);
  collectGarbage();
  const wallStart = performance.now();
  const cpuStart = cpuNow();
  const { output, countSteps } = await go();
  const cpuMs = cpuNow() - cpuStart;
  const wallMs = performance.now() - wallStart;
  return { cpuMs, wallMs, result: { output, ...countSteps?.() } };
}

serveRequest<ThroughputRequest, ThroughputReply>(async (request) => {
  let slowest = 0;
  let last: RunOutput | null = null;
  let first: Timing | null = null;
  for (let i = 0; i < request.warmup; i++) {
    const timing = await timeOnce(request);
    first ??= timing;
    slowest = Math.max(slowest, timing.wallMs);
    last = timing.result;
  }
  const affordable = slowest > 0 ? Math.floor(request.budgetMs / slowest) : request.runs;
  const runs = Math.max(Math.min(request.runs, affordable), Math.min(3, request.runs));
  const wallTimes: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timing = await timeOnce(request);
    first ??= timing;
    const { wallMs, cpuMs, result } = timing;
    wallTimes.push(wallMs);
    cpuTimes.push(cpuMs);
    if (last && result.output !== last.output)
      throw new Error(`the output changed between runs: ${last.output} then ${result.output}`);
    last = result;
  }
  return { ...last!, firstWallMs: first!.wallMs, firstCpuMs: first!.cpuMs, wallTimes, cpuTimes };
});
