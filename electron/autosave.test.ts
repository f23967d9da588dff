import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutosaveStore } from './autosave';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-autosave-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

/** A clock the test moves: each call returns the next minute. */
function clock(start = Date.UTC(2026, 0, 1, 10, 0)) {
  let t = start;
  return () => new Date((t += 60_000));
}

const entry = (text: string) => ({ text, documentName: 'loop.js', path: '/home/ada/loop.js' });

describe('autosave and recovery', () => {
  it('offers nothing when the last run ended cleanly', async () => {
    const run1 = new AutosaveStore(dir, clock());
    await run1.write(entry('draft'));
    await run1.clear(); // saved, or "Don't Save"
    const run2 = new AutosaveStore(dir);
    await run2.collectRecoveries();
    expect(await run2.recoveries()).toEqual([]);
  });

  it('after a crash or a kill, the next run offers the last autosave', async () => {
    const run1 = new AutosaveStore(dir, clock());
    await run1.write(entry('draft 1'));
    await run1.write(entry('draft 2'));
    // ...the process is killed: nothing else runs.
    const run2 = new AutosaveStore(dir);
    await run2.collectRecoveries();
    const [recovery, ...others] = await run2.recoveries();
    expect(others).toEqual([]);
    expect(recovery).toMatchObject({
      text: 'draft 2',
      documentName: 'loop.js',
      path: '/home/ada/loop.js',
      savedAt: '2026-01-01T10:02:00.000Z',
    });
  });

  it('new autosaves and clears never touch a recovery; discarding it removes it', async () => {
    await new AutosaveStore(dir, clock()).write(entry('lost work'));
    const run2 = new AutosaveStore(dir, clock(Date.UTC(2026, 0, 2)));
    await run2.collectRecoveries();
    await run2.write(entry('new work'));
    await run2.clear();
    const [recovery] = await run2.recoveries();
    expect(recovery!.text).toBe('lost work');
    await run2.discardRecovery(recovery!.id);
    expect(await run2.recoveries()).toEqual([]);
  });

  it('keeps recoveries from several crashes, newest first, until each is discarded', async () => {
    await new AutosaveStore(dir, clock(Date.UTC(2026, 0, 1))).write(entry('first crash'));
    await new AutosaveStore(dir).collectRecoveries();
    await new AutosaveStore(dir, clock(Date.UTC(2026, 0, 3))).write(entry('second crash'));
    const run3 = new AutosaveStore(dir);
    await run3.collectRecoveries();
    expect((await run3.recoveries()).map((r) => r.text)).toEqual(['second crash', 'first crash']);
  });

  it('refuses to discard anything but a recovery file', async () => {
    const store = new AutosaveStore(dir);
    await fs.writeFile(path.join(dir, 'keep.json'), '{}');
    for (const id of ['../keep.json', 'keep.json', 'recovery-../../x.json', 'current.json']) {
      await expect(store.discardRecovery(id)).rejects.toThrow(/no recovery named/);
    }
    expect(await fs.readFile(path.join(dir, 'keep.json'), 'utf8')).toBe('{}');
  });

  it('an unreadable autosave is not offered, and not deleted either', async () => {
    await fs.writeFile(path.join(dir, 'current.json'), '{"format":"something else"}');
    const store = new AutosaveStore(dir);
    await store.collectRecoveries();
    expect(await store.recoveries()).toEqual([]);
    const kept = (await fs.readdir(dir)).filter((name) => name.startsWith('unreadable-'));
    expect(kept).toHaveLength(1);
  });

  it('applies writes and clears in the order they were asked for', async () => {
    const store = new AutosaveStore(dir, clock());
    const writes = [
      store.write(entry('a')),
      store.write(entry('b')),
      store.clear(),
      store.write(entry('c')),
    ];
    await Promise.all(writes);
    const saved = JSON.parse(await fs.readFile(path.join(dir, 'current.json'), 'utf8'));
    expect(saved.text).toBe('c');
  });

  it('creates the autosave folder when it is missing', async () => {
    const store = new AutosaveStore(path.join(dir, 'nested', 'autosave'));
    await store.write(entry('x'));
    await store.collectRecoveries();
    expect(await store.recoveries()).toHaveLength(1);
  });
});
