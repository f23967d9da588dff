/**
 * Measurements run in child processes: each engine and program gets a fresh V8 heap and JIT, so
 * one engine's garbage, inline caches and optimized code never bias another's figures.
 * The child is a TypeScript module (run through tsx, like the parent) that calls `serveRequest`.
 */
import { fork, type Serializable } from 'node:child_process';

export interface ChildOptions {
  /** Extra V8/Node flags for the child, e.g. `--expose-gc`. */
  nodeFlags?: string[];
  /** The child is killed after this long; the measurement then reports the timeout. */
  timeoutMs?: number;
}

export type ChildReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Forks `modulePath` (a .ts file), sends it `request`, resolves with what it replies. */
export function requestFromChild<T>(
  modulePath: string,
  request: Serializable,
  options: ChildOptions = {},
): Promise<ChildReply<T>> {
  return new Promise((resolve) => {
    // process.execArgv carries tsx's loader, so the child can import TypeScript too.
    const child = fork(modulePath, [], {
      execArgv: [...process.execArgv, ...(options.nodeFlags ?? [])],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let settled = false;
    const settle = (reply: ChildReply<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    const timeoutMs = options.timeoutMs ?? 600_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({ ok: false, error: `timed out after ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('message', (message) => settle(message as ChildReply<T>));
    child.on('exit', (code, signal) => {
      const detail = stderr.trim().split('\n').slice(-3).join(' / ');
      settle({
        ok: false,
        error: `child exited (${signal ?? code}) without a reply${detail ? `: ${detail}` : ''}`,
      });
    });
    child.send(request);
  });
}

/** The child's side: answers one request, then exits (whatever timers the program left behind). */
export function serveRequest<Request, T>(handle: (request: Request) => Promise<T>): void {
  process.once('message', (request) => {
    handle(request as Request).then(
      (value) => reply({ ok: true, value }),
      (e: unknown) =>
        reply({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
  });
}

function reply(message: ChildReply<unknown>): void {
  process.send!(message, () => process.exit(0));
}

/** Collects garbage when the child runs with --expose-gc (a no-op otherwise). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
