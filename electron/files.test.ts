import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  documentKindOf,
  MAX_DOCUMENT_BYTES,
  readDocument,
  writeFileAtomic,
} from './files';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-files-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

describe('readDocument', () => {
  it('reads a program, without its byte-order mark', async () => {
    await fs.writeFile(file('loop.js'), '\uFEFFconsole.log("é");\n');
    expect(await readDocument(file('loop.js'))).toEqual({
      ok: true,
      document: {
        path: file('loop.js'),
        name: 'loop.js',
        kind: 'script',
        text: 'console.log("é");\n',
      },
    });
  });

  it('knows sessions and programs by extension', () => {
    expect(documentKindOf('/a/b.MJS')).toBe('script');
    expect(documentKindOf('/a/b.cjs')).toBe('script');
    expect(documentKindOf('/a/b.loopscope')).toBe('session');
    expect(documentKindOf('/a/b.json')).toBeNull();
    expect(documentKindOf('/a/js')).toBeNull();
  });

  it('refuses other file types', async () => {
    await fs.writeFile(file('notes.txt'), 'hello');
    const result = await readDocument(file('notes.txt'));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('notes.txt is not a JavaScript file'),
    });
  });

  it('refuses a session file that is corrupted or foreign, and reads a session', async () => {
    await fs.writeFile(file('cut.loopscope'), '{"format":"loopscope-session","version":1,"code":');
    await fs.writeFile(file('other.loopscope'), '{"format":"other","version":1}');
    await fs.writeFile(file('list.loopscope'), '[1, 2]');
    await fs.writeFile(file('talk.loopscope'), '{"format":"loopscope-session","version":1}');
    expect(await readDocument(file('cut.loopscope'))).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^cut.loopscope is not a Loopscope session: the file is not valid JSON \(.+\)$/,
      ),
    });
    expect(await readDocument(file('other.loopscope'))).toEqual({
      ok: false,
      reason: 'other.loopscope is not a Loopscope session: it has no "format": "loopscope-session"',
    });
    expect(await readDocument(file('list.loopscope'))).toEqual({
      ok: false,
      reason: 'list.loopscope is not a Loopscope session: the file holds no JSON object',
    });
    // The window checks the version and the fields (renderer/platform/session.ts).
    expect(await readDocument(file('talk.loopscope'))).toMatchObject({ ok: true });
  });

  it('refuses a folder', async () => {
    await fs.mkdir(file('weird.js'));
    expect(await readDocument(file('weird.js'))).toEqual({
      ok: false,
      reason: 'weird.js is a folder, not a file',
    });
  });

  it('refuses a missing file, saying so', async () => {
    const result = await readDocument(file('gone.js'));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/gone.js could not be read: it does not exist/),
    });
  });

  it('refuses a file that is too large, without reading it', async () => {
    await fs.writeFile(file('huge.js'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20));
    const result = await readDocument(file('huge.js'));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/huge.js is 4.0 MB; Loopscope opens files up to 4.0 MB/),
    });
  });

  it('refuses binary and wrongly encoded files', async () => {
    await fs.writeFile(
      file('image.js'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    await fs.writeFile(file('nul.js'), 'a\0b');
    await fs.writeFile(file('latin1.js'), Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1
    for (const name of ['image.js', 'nul.js', 'latin1.js']) {
      expect(await readDocument(file(name))).toEqual({
        ok: false,
        reason: `${name} is not a text file (it is not valid UTF-8)`,
      });
    }
    expect(decodeUtf8(new TextEncoder().encode('ok'))).toBe('ok');
  });
});

describe('writeFileAtomic', () => {
  const leftovers = async () => (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'));

  it('creates a file and replaces one, leaving no temporary file', async () => {
    await writeFileAtomic(file('a.js'), 'one');
    await writeFileAtomic(file('a.js'), 'two');
    expect(await fs.readFile(file('a.js'), 'utf8')).toBe('two');
    expect(await leftovers()).toEqual([]);
  });

  it('writes bytes as they are', async () => {
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await writeFileAtomic(file('a.gif'), bytes);
    expect(new Uint8Array(await fs.readFile(file('a.gif')))).toEqual(bytes);
  });

  it('replaces by rename: a reader holding the old file sees the old contents, whole', async () => {
    await fs.writeFile(file('a.js'), 'old contents');
    const before = await fs.stat(file('a.js'));
    const reader = await fs.open(file('a.js'), 'r');
    await writeFileAtomic(file('a.js'), 'new contents');
    expect((await reader.readFile()).toString()).toBe('old contents');
    await reader.close();
    expect((await fs.stat(file('a.js'))).ino).not.toBe(before.ino);
    expect(await fs.readFile(file('a.js'), 'utf8')).toBe('new contents');
  });

  it('keeps the permissions of the file it replaces', async () => {
    await fs.writeFile(file('run.js'), '#!/usr/bin/env node\n', { mode: 0o755 });
    await fs.chmod(file('run.js'), 0o755);
    await writeFileAtomic(file('run.js'), '#!/usr/bin/env node\nconsole.log(1)\n');
    expect((await fs.stat(file('run.js'))).mode & 0o777).toBe(0o755);
  });

  it('when the write fails, the old file stays as it was and no temporary file is left', async () => {
    await fs.writeFile(file('a.js'), 'precious');
    await expect(writeFileAtomic(file('a.js'), 42 as unknown as string)).rejects.toThrow();
    expect(await fs.readFile(file('a.js'), 'utf8')).toBe('precious');
    expect(await leftovers()).toEqual([]);
  });

  it('fails, creating nothing, when the folder does not exist', async () => {
    await expect(writeFileAtomic(file('missing/a.js'), 'x')).rejects.toThrow(/ENOENT/);
  });
});
