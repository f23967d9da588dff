/**
 * Measurements run in child processes: each engine and program gets a fresh V8 heap and JIT, so
 * one engine's garbage, inline caches and optimized code never bias another's figures.
 * The child is a TypeScript module that calls `serveRequest`; it is bundled to plain JavaScript
 * (bench/.work/children/) and run by plain node, because starting tsx costs ~0.6 s of CPU per
 * process (seconds of wall time on a busy machine) and there are dozens of children per run.
 * A child therefore finds nothing through `import.meta.url`: its request carries what it needs.
 */
import { build } from 'esbuild';
import { fork, type Serializable } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILDREN = fileURLToPath(new URL('../.work/children/', import.meta.url));
const bundles = new Map<string, Promise<string>>();

/** The child's entry bundled once per run; packages (sval, js-interpreter) stay imports. */
function bundleChild(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    const outfile = path.join(
      CHILDREN,
      `${path.basename(path.dirname(entry))}-${path.basename(entry, '.ts')}.mjs`,
    );
    bundle = build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    }).then(() => outfile);
    bundles.set(entry, bundle);
  }
  return bundle;
}

export interface ChildOptions {
  /** Extra V8/Node flags for the child, e.g. `--expose-gc`. */
  nodeFlags?: string[];
  /** The child is killed after this long; the measurement then reports the timeout. */
  timeoutMs?: number;
}

export type ChildReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Forks the child module `entry` (a .ts file), sends it `request`, resolves with its reply. */
export async function requestFromChild<T>(
  entry: string,
  request: Serializable,
  options: ChildOptions = {},
): Promise<ChildReply<T>> {
  const modulePath = await bundleChild(entry);
  return new Promise((resolve) => {
    const child = fork(modulePath, [], {
      execArgv: options.nodeFlags ?? [],
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
