import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let root: string;
beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-protocol-'));
  root = path.join(dir, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  await fs.writeFile(path.join(root, 'assets', 'main.js'), 'console.log(1)');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'not for the page');
});
afterAll(() => fs.rm(path.dirname(root), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('maps app URLs to files in the renderer build', () => {
    expect(resolveAppFile(root, 'app://loopscope/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://loopscope/assets/main.js?v=1#x')).toBe(
      path.join(root, 'assets', 'main.js'),
    );
    expect(resolveAppFile(root, 'app://loopscope/assets/a%20b.js')).toBe(
      path.join(root, 'assets', 'a b.js'),
    );
  });

  it.each([
    'app://loopscope/../secret.txt',
    'app://loopscope/%2e%2e/secret.txt',
    'app://loopscope/assets/..%2F..%2Fsecret.txt',
    'app://loopscope/..%5C..%5Csecret.txt',
    'app://loopscope/%00.js',
    'app://loopscope/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('never reaches outside the build: %s', (url) => {
    const resolved = resolveAppFile(root, url);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('serves files with their type and the CSP header', async () => {
    const handle = createAppProtocolHandler(root);
    const page = await handle(new Request('app://loopscope/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<div id="root">');
    const script = await handle(new Request('app://loopscope/assets/main.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, folders and anything outside the build', async () => {
    const handle = createAppProtocolHandler(root);
    for (const url of [
      'app://loopscope/missing.js',
      'app://loopscope/assets',
      'app://loopscope/%2e%2e/secret.txt',
    ]) {
      expect((await handle(new Request(url))).status).toBe(404);
    }
  });
});
