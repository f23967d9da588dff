// Finds a runnable Electron binary, without letting the `electron` package try to download one.
// (`require('electron')` downloads the binary on first use, which fails offline after a long
// wait; here we look for what is already on disk and try it.)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @typedef {{ ok: true, path: string, version: string } | { ok: false, reason: string }} ElectronBinary
 */

/**
 * @param {{ env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform, probe?: (file: string) => { status: number | null, stdout: string, error?: Error } }} [options]
 * @returns {ElectronBinary}
 */
export function findElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const probe = options.probe ?? probeVersion;

  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }

  // The same lookup as node_modules/electron/index.js, minus its download.
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    binary = path.join(packageDir, 'dist', relative);
  } else {
    return {
      ok: false,
      reason: 'the Electron binary was never downloaded into node_modules/electron',
    };
  }
  if (!existsSync(binary)) return { ok: false, reason: `the Electron binary ${binary} is missing` };

  const run = probe(binary);
  if (run.error || run.status !== 0 || !/^v\d+\./.test(run.stdout.trim())) {
    const why = run.error ? run.error.message : `exit status ${run.status}`;
    return { ok: false, reason: `the Electron binary ${binary} does not run here (${why})` };
  }

  // On Linux a window needs an X11 or Wayland display; a headless server has neither.
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display to open it on (DISPLAY is not set)' };
  }
  return { ok: true, path: binary, version: run.stdout.trim() };
}

/** Runs `electron --version` with a short timeout. */
function probeVersion(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // set, it would make Electron print Node's version instead
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000, env });
  return { status: run.status, stdout: run.stdout ?? '', error: run.error };
}
