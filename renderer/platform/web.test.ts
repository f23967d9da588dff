import { describe, expect, it, vi } from 'vitest';
import type { KeyPress } from './shortcuts';
import { createWebPlatform, type WebEnvironment } from './web';

/** localStorage's behaviour, in memory. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function fakeEnvironment(overrides: Partial<WebEnvironment> = {}) {
  const downloads: { name: string; blob: Blob }[] = [];
  let keyListener: ((press: KeyPress & { preventDefault(): void }) => void) | null = null;
  let time = Date.UTC(2026, 0, 1);
  const env: WebEnvironment = {
    storage: new MemoryStorage(),
    pickFile: vi.fn(async () => null),
    download: (blob, name) => void downloads.push({ blob, name }),
    confirm: vi.fn(() => true),
    setTitle: vi.fn(),
    setLeaveGuard: vi.fn(),
    onKeyDown: (listener) => {
      keyListener = listener;
      return () => (keyListener = null);
    },
    openTab: vi.fn(),
    isMac: false,
    now: () => new Date((time += 1000)),
    ...overrides,
  };
  const key = (k: string, mods: Partial<KeyPress> = {}) => {
    const event = {
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      preventDefault: vi.fn(),
      ...mods,
    };
    keyListener?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { env, downloads, key, hasKeyListener: () => keyListener !== null };
}

describe('the web platform', () => {
  it('opens the file the person picks, refusing bad ones', async () => {
    const { env } = fakeEnvironment({ pickFile: async () => new File(['let a;'], 'a.js') });
    const web = createWebPlatform(env);
    expect(await web.openFile()).toEqual({
      status: 'opened',
      file: { name: 'a.js', kind: 'script', text: 'let a;', handle: null },
    });
    expect(await createWebPlatform(fakeEnvironment().env).openFile()).toEqual({
      status: 'canceled',
    });
    const bad = createWebPlatform(
      fakeEnvironment({ pickFile: async () => new File(['%PDF'], 'paper.pdf') }).env,
    );
    expect(await bad.openFile()).toMatchObject({ status: 'refused', name: 'paper.pdf' });
  });

  it('asks the file chooser for programs and sessions only', async () => {
    const { env } = fakeEnvironment();
    await createWebPlatform(env).openFile();
    expect(env.pickFile).toHaveBeenCalledWith('.js,.mjs,.cjs,.loopscope');
  });

  it('saves and exports as downloads, named for their kind', async () => {
    const { env, downloads } = fakeEnvironment();
    const web = createWebPlatform(env);
    expect(
      await web.save({
        name: 'loop.js',
        kind: 'session',
        text: '{"format":"loopscope-session"}',
        handle: null,
      }),
    ).toEqual({
      status: 'saved',
      name: 'loop.loopscope',
      handle: null,
    });
    await web.exportFile(new Uint8Array([71, 73, 70]), 'loop.gif');
    expect(downloads.map((d) => d.name)).toEqual(['loop.loopscope', 'loop.gif']);
    expect(await downloads[0]!.blob.text()).toBe('{"format":"loopscope-session"}');
    expect(new Uint8Array(await downloads[1]!.blob.arrayBuffer())).toEqual(
      new Uint8Array([71, 73, 70]),
    );
  });

  it('shows the document and a dirty mark in the title, and guards leaving with unsaved work', () => {
    const { env } = fakeEnvironment();
    const web = createWebPlatform(env);
    web.setDocumentStatus({ name: 'loop.js', handle: null, dirty: true, model: 'browser' });
    expect(env.setTitle).toHaveBeenLastCalledWith('• loop.js — Loopscope');
    expect(env.setLeaveGuard).toHaveBeenLastCalledWith(true);
    web.setDocumentStatus({ name: null, handle: null, dirty: false, model: 'browser' });
    expect(env.setTitle).toHaveBeenLastCalledWith('Untitled — Loopscope');
    expect(env.setLeaveGuard).toHaveBeenLastCalledWith(false);
  });

  it('asks before discarding changes', async () => {
    const { env } = fakeEnvironment({ confirm: vi.fn(() => false) });
    expect(await createWebPlatform(env).confirmUnsavedChanges('loop.js')).toBe('cancel');
    expect(env.confirm).toHaveBeenCalledWith(
      'loop.js has changes that are not saved. Discard them?',
    );
  });

  it('turns the menu accelerators into commands, taking those keys from the browser', () => {
    const { env, key, hasKeyListener } = fakeEnvironment();
    const commands: string[] = [];
    const unsubscribe = createWebPlatform(env).onMenuCommand((command) => commands.push(command));
    expect(key('s', { ctrlKey: true })).toBe(true);
    expect(key('F10')).toBe(true);
    expect(key('a')).toBe(false);
    expect(commands).toEqual(['file.save', 'run.step-forward']);
    unsubscribe();
    expect(hasKeyListener()).toBe(false);
  });

  describe('autosave', () => {
    const snapshot = (text: string) => ({ text, documentName: 'loop.js', handle: null });

    it('offers what the last visit left unsaved, once per visit, until discarded', async () => {
      const { env } = fakeEnvironment();
      const visit1 = createWebPlatform(env);
      await visit1.autosave.write(snapshot('draft 1'));
      await visit1.autosave.write(snapshot('draft 2'));
      // The tab is closed without saving; the next visit:
      const visit2 = createWebPlatform(env);
      const [recovery, ...more] = await visit2.autosave.recoveries();
      expect(more).toEqual([]);
      expect(recovery).toMatchObject({ text: 'draft 2', documentName: 'loop.js', handle: null });
      expect(recovery!.savedAt).toBeInstanceOf(Date);
      await visit2.autosave.write(snapshot('new work')); // does not touch the recovery
      expect((await visit2.autosave.recoveries()).map((r) => r.text)).toEqual(['draft 2']);
      await visit2.autosave.discardRecovery(recovery!.id);
      expect(await visit2.autosave.recoveries()).toEqual([]);
    });

    it('offers nothing after a clean exit', async () => {
      const { env } = fakeEnvironment();
      const visit1 = createWebPlatform(env);
      await visit1.autosave.write(snapshot('draft'));
      await visit1.autosave.clear();
      expect(await createWebPlatform(env).autosave.recoveries()).toEqual([]);
    });

    it('says so when the browser storage is full', async () => {
      const storage = new MemoryStorage();
      storage.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      const web = createWebPlatform(fakeEnvironment({ storage }).env);
      await expect(web.autosave.write(snapshot('x'))).rejects.toThrow(/storage is full/);
    });

    it('skips corrupted entries', async () => {
      const { env } = fakeEnvironment();
      env.storage.setItem('loopscope:autosave:recovery:broken', '{not json');
      expect(await createWebPlatform(env).autosave.recoveries()).toEqual([]);
    });
  });

  it('keeps preferences, and shrugs at unreadable ones', () => {
    const { env } = fakeEnvironment();
    const web = createWebPlatform(env);
    web.preferences.write('panels', { console: false, sizes: [30, 70] });
    expect(createWebPlatform(env).preferences.read('panels')).toEqual({
      console: false,
      sizes: [30, 70],
    });
    env.storage.setItem('loopscope:preference:theme', '{oops');
    expect(web.preferences.read('theme')).toBeUndefined();
    expect(web.preferences.read('never-set')).toBeUndefined();
  });

  it('opens only https: links, in a new tab', async () => {
    const { env } = fakeEnvironment();
    const web = createWebPlatform(env);
    expect(await web.openExternal('https://nodejs.org/')).toBe(true);
    expect(await web.openExternal('javascript:alert(1)')).toBe(false);
    expect(env.openTab).toHaveBeenCalledTimes(1);
  });

  it('has no recent files and no files from outside', async () => {
    const web = createWebPlatform(fakeEnvironment().env);
    expect(await web.recentFiles()).toEqual([]);
    expect(await web.openRecentFile({ path: '/x.js', name: 'x.js' })).toMatchObject({
      status: 'refused',
    });
    expect(typeof web.onFileOpened(() => {})).toBe('function');
  });
});
