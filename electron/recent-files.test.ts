import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from './recent-files';

let dir: string;
let listFile: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-recent-'));
  listFile = path.join(dir, 'recent-files.json');
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe('recent files', () => {
  it('lists newest first, without duplicates, up to the limit, and survives a restart', async () => {
    const recent = new RecentFiles(listFile, 3);
    await recent.load();
    for (const name of ['a.js', 'b.js', 'c.js', 'a.js', 'd.loopscope'])
      await recent.add(`/w/${name}`);
    expect(recent.list()).toEqual([
      { path: '/w/d.loopscope', name: 'd.loopscope' },
      { path: '/w/a.js', name: 'a.js' },
      { path: '/w/c.js', name: 'c.js' },
    ]);
    const again = new RecentFiles(listFile, 3);
    await again.load();
    expect(again.list()).toEqual(recent.list());
    expect(again.has('/w/b.js')).toBe(false);
  });

  it('removes and clears', async () => {
    const recent = new RecentFiles(listFile);
    await recent.add('/w/a.js');
    await recent.add('/w/b.js');
    await recent.remove('/w/a.js');
    expect(recent.list().map((f) => f.path)).toEqual(['/w/b.js']);
    await recent.clear();
    const again = new RecentFiles(listFile);
    await again.load();
    expect(again.list()).toEqual([]);
  });

  it('treats a corrupted list as empty and keeps only absolute paths', async () => {
    await fs.writeFile(listFile, '{ not json');
    const recent = new RecentFiles(listFile);
    await recent.load();
    expect(recent.list()).toEqual([]);
    await fs.writeFile(listFile, JSON.stringify({ paths: ['/w/ok.js', 'relative.js', 7] }));
    await recent.load();
    expect(recent.list()).toEqual([{ path: '/w/ok.js', name: 'ok.js' }]);
  });

  it('ends with the latest list on disk when saves overlap', async () => {
    const recent = new RecentFiles(listFile);
    await Promise.all([recent.add('/w/a.js'), recent.add('/w/b.js'), recent.remove('/w/a.js')]);
    expect(JSON.parse(await fs.readFile(listFile, 'utf8'))).toEqual({ paths: ['/w/b.js'] });
  });
});
