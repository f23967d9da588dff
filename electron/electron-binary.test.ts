import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-binary-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

/** A stand-in "electron" executable: a shell script, run for real by the probe. */
async function fakeElectron(script: string): Promise<string> {
  const file = path.join(dir, 'electron');
  await fs.writeFile(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dir;
}

describe.runIf(process.platform !== 'win32')('finding the Electron binary', () => {
  it('finds one that runs, where there is a display', async () => {
    const distPath = await fakeElectron('echo v45.4.1');
    const found = findElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: distPath, DISPLAY: ':0' },
    });
    expect(found).toEqual({ ok: true, path: expect.stringContaining(dir), version: 'v45.4.1' });
  });

  it('says so when the binary is missing', () => {
    const found = findElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'nothing') },
    });
    expect(found).toEqual({ ok: false, reason: expect.stringMatching(/is missing$/) });
  });

  it('says so when the binary does not run', async () => {
    const distPath = await fakeElectron(
      'echo "error while loading shared libraries" >&2; exit 127',
    );
    const found = findElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: distPath, DISPLAY: ':0' },
    });
    expect(found).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not run here \(exit status 127\)/),
    });
  });

  it('says so on Linux without a display', async () => {
    const distPath = await fakeElectron('echo v45.4.1');
    const found = findElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: distPath },
      platform: 'linux',
    });
    expect(found).toEqual({ ok: false, reason: expect.stringMatching(/no display/) });
    const wayland = findElectronBinary({
      env: { ELECTRON_OVERRIDE_DIST_PATH: distPath, WAYLAND_DISPLAY: 'wayland-0' },
      platform: 'linux',
    });
    expect(wayland.ok).toBe(true);
  });

  it('never downloads: on this machine it reports what it found without a network', () => {
    const found = findElectronBinary({ env: { DISPLAY: ':0' } });
    if (!found.ok) expect(found.reason).toMatch(/Electron binary|electron package/);
  });
});
