import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const launcher = fileURLToPath(new URL('./launch.mjs', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
});

/** Everything `npm start` prints until `pattern` appears. */
function startAndWaitFor(env: NodeJS.ProcessEnv, pattern: RegExp): Promise<string> {
  child = spawn(process.execPath, [launcher], { env: { ...process.env, ...env }, stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      output += data.toString();
      if (pattern.test(output)) resolve(output);
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', (code) =>
      reject(new Error(`launcher exited (${code}) printing:\n${output}`)),
    );
  });
}

describe('npm start without a usable Electron binary', () => {
  it('says so in one sentence and serves the web UI at the URL it prints', async () => {
    // An override pointing nowhere makes the binary missing on every machine.
    const output = await startAndWaitFor(
      { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
      /http:\/\/\S+ instead\.\n/,
    );
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Loopscope cannot open its desktop window because the Electron binary \S+ is missing, so it is serving the same UI as a web app at (http:\/\/\S+) instead\.$/,
    );
    const url = /at (http:\/\/\S+) instead/.exec(lines[0]!)![1]!;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
  });
});
