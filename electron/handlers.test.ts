import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from './api';
import { AutosaveStore } from './autosave';
import { Documents } from './documents';
import { createHandlers } from './handlers';
import { type InvokeEventLike, registerIpcHandlers } from './ipc';
import { RecentFiles } from './recent-files';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-handlers-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

/** The real handlers behind a fake ipcMain, invoked as the app window would. */
async function setUp() {
  const recentFiles = new RecentFiles(path.join(dir, 'recent.json'));
  const autosave = new AutosaveStore(path.join(dir, 'autosave'));
  const dialogs = {
    chooseFileToOpen: vi.fn(async () => path.join(dir, 'loop.js')),
    chooseSavePath: vi.fn(async () => null),
    confirmUnsaved: vi.fn(async () => 'discard' as const),
  };
  const documents = new Documents({
    dialogs,
    recentFiles,
    defaultFolder: () => dir,
    onRecentFilesChanged: () => {},
  });
  const options = {
    documents,
    recentFiles,
    autosave,
    dialogs,
    onRendererReady: vi.fn(),
    onRecentFilesChanged: vi.fn(),
    onDocumentState: vi.fn(),
    closeWindow: vi.fn(),
    openExternal: vi.fn(),
  };
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  const sender = {};
  registerIpcHandlers(
    { handle: (c, l) => void listeners.set(c, l), removeHandler: () => {} },
    { isTrustedSender: (event) => event.sender === sender, handlers: createHandlers(options) },
  );
  const event = { sender, senderFrame: { url: 'app://loopscope/index.html', parent: null } };
  const invoke = async (channel: InvokeChannel, ...args: unknown[]) =>
    listeners.get(channel)!(event, ...args);
  return { invoke, options };
}

describe('IPC handlers, end to end with the real file services', () => {
  it('open then save the same file; saving anywhere else is refused', async () => {
    await fs.writeFile(path.join(dir, 'loop.js'), 'let a = 1;');
    const { invoke } = await setUp();
    expect(await invoke('file:open-dialog')).toMatchObject({ status: 'opened' });
    expect(
      await invoke('file:save', { path: path.join(dir, 'loop.js'), text: 'let a = 2;' }),
    ).toMatchObject({ status: 'saved' });
    expect(await fs.readFile(path.join(dir, 'loop.js'), 'utf8')).toBe('let a = 2;');
    expect(await invoke('file:save', { path: path.join(dir, 'x.js'), text: '' })).toMatchObject({
      status: 'failed',
    });
    expect(await invoke('file:recent-list')).toEqual([
      { path: path.join(dir, 'loop.js'), name: 'loop.js' },
    ]);
    await invoke('file:recent-clear');
    expect(await invoke('file:recent-list')).toEqual([]);
  });

  it('autosave round trip through a restart', async () => {
    const { invoke } = await setUp();
    await invoke('autosave:write', { text: '{"draft":1}', documentName: null, path: null });
    const next = await setUp(); // a new run finds what the killed one left
    await new AutosaveStore(path.join(dir, 'autosave')).collectRecoveries();
    const [recovery] = (await next.invoke('autosave:recoveries')) as { id: string; text: string }[];
    expect(recovery!.text).toBe('{"draft":1}');
    await next.invoke('autosave:discard-recovery', recovery!.id);
    expect(await next.invoke('autosave:recoveries')).toEqual([]);
  });

  it('opens https: links in the system browser, and refuses the rest', async () => {
    const { invoke, options } = await setUp();
    expect(await invoke('shell:open-external', 'https://nodejs.org/en/learn')).toBe(true);
    expect(await invoke('shell:open-external', 'file:///etc/passwd')).toBe(false);
    expect(await invoke('shell:open-external', 'http://example.com')).toBe(false);
    expect(options.openExternal.mock.calls).toEqual([['https://nodejs.org/en/learn']]);
  });

  it('passes document state, readiness, the unsaved prompt and close on', async () => {
    const { invoke, options } = await setUp();
    const state = { name: 'loop.js', path: path.join(dir, 'loop.js'), dirty: true, model: 'node' };
    await invoke('document:set-state', state);
    expect(options.onDocumentState).toHaveBeenCalledWith(state);
    await invoke('app:renderer-ready');
    expect(options.onRendererReady).toHaveBeenCalledOnce();
    expect(await invoke('dialog:confirm-unsaved', 'loop.js')).toBe('discard');
    await invoke('window:close');
    expect(options.closeWindow).toHaveBeenCalledOnce();
  });
});
