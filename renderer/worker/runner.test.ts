import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunRequest, RunResponse } from './protocol';
import { createWorkerRunner } from './runner';

/** A stand-in for the interpreter worker: it records what it is sent and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<RunResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: RunRequest[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(request: RunRequest): void {
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request as the worker would. */
  answer(ok: boolean): void {
    const { id } = this.requests[this.requests.length - 1];
    const data: RunResponse = ok
      ? { id, ok: true, trace: {} as never, millis: 1 }
      : { id, ok: false, error: 'internal: boom' };
    this.onmessage!({ data } as MessageEvent<RunResponse>);
  }
}

const live = () => FakeWorker.made.filter((w) => !w.terminated);

describe('the worker runner', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts a worker ahead, before the first run', () => {
    createWorkerRunner();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('runs the next program in the worker that finished the last one (its code is compiled)', async () => {
    const runner = createWorkerRunner();
    const first = runner.run('1', 'node', 100);
    const [worker] = FakeWorker.made;
    worker.answer(true);
    expect((await first).kind).toBe('trace');
    const second = runner.run('2', 'node', 100);
    expect(worker.requests.map((r) => r.source)).toEqual(['1', '2']);
    worker.answer(true);
    expect((await second).kind).toBe('trace');
    expect(FakeWorker.made).toHaveLength(1);
    expect(worker.terminated).toBe(false);
  });

  it('throws away a worker whose run failed, and starts a fresh one ahead', async () => {
    const runner = createWorkerRunner();
    const result = runner.run('1', 'node', 100);
    const [worker] = FakeWorker.made;
    worker.answer(false);
    expect(await result).toEqual({ kind: 'failed', error: 'internal: boom' });
    expect(worker.terminated).toBe(true);
    expect(live()).toHaveLength(1);
    void runner.run('2', 'node', 100);
    expect(live()[0].requests.map((r) => r.source)).toEqual(['2']);
  });

  it('terminates a run under way when cancelled or when another run starts', async () => {
    const runner = createWorkerRunner();
    const endless = runner.run('while (true) {}', 'node', 100);
    const [busy] = FakeWorker.made;
    runner.cancel();
    expect(await endless).toEqual({ kind: 'cancelled' });
    expect(busy.terminated).toBe(true);
    const next = runner.run('for (;;) {}', 'node', 100);
    const [, second] = FakeWorker.made;
    const replaced = runner.run('1', 'node', 100);
    expect(await next).toEqual({ kind: 'cancelled' });
    expect(second.terminated).toBe(true);
    live()[0].answer(true);
    expect((await replaced).kind).toBe('trace');
  });
});
