import { describe, expect, it, vi } from 'vitest';
import type { Api, MenuCommand, OpenResult } from '../../electron/api';
import { createElectronPlatform } from './electron';

/** A stand-in for `window.loopscope`: every method a spy with a plausible answer. */
function fakeApi() {
  const listeners: { menu?: (c: MenuCommand) => void; opened?: (r: OpenResult) => void } = {};
  const api = {
    rendererReady: vi.fn(async () => {}),
    openFileDialog: vi.fn(async (): Promise<OpenResult> => ({
      status: 'opened',
      document: { path: '/w/loop.js', name: 'loop.js', kind: 'script', text: 'let a;' },
    })),
    openRecentFile: vi.fn(async (): Promise<OpenResult> => ({
      status: 'refused',
      name: 'x.js',
      reason: 'gone',
    })),
    openDroppedFile: vi.fn(async (): Promise<OpenResult> => ({ status: 'canceled' })),
    saveFile: vi.fn(async ({ path }: { path: string }) => ({
      status: 'saved' as const,
      path,
      name: 'loop.js',
    })),
    saveFileAs: vi.fn(async () => ({
      status: 'saved' as const,
      path: '/w/new.loopscope',
      name: 'new.loopscope',
    })),
    exportFile: vi.fn(async () => ({
      status: 'saved' as const,
      path: '/w/loop.gif',
      name: 'loop.gif',
    })),
    recentFiles: vi.fn(async () => [{ path: '/w/loop.js', name: 'loop.js' }]),
    clearRecentFiles: vi.fn(async () => {}),
    setDocumentState: vi.fn(async () => {}),
    confirmUnsavedChanges: vi.fn(async () => 'save' as const),
    writeAutosave: vi.fn(async () => {}),
    clearAutosave: vi.fn(async () => {}),
    recoveries: vi.fn(async () => [
      {
        id: 'recovery-1.json',
        text: '{}',
        documentName: 'loop.js',
        path: '/w/loop.js',
        savedAt: '2026-01-01T10:00:00.000Z',
      },
    ]),
    discardRecovery: vi.fn(async () => {}),
    closeWindow: vi.fn(async () => {}),
    openExternal: vi.fn(async () => true),
    onMenuCommand: vi.fn((listener: (c: MenuCommand) => void) => {
      listeners.menu = listener;
      return () => delete listeners.menu;
    }),
    onFileOpened: vi.fn((listener: (r: OpenResult) => void) => {
      listeners.opened = listener;
      return () => delete listeners.opened;
    }),
  } satisfies Api;
  const page = { setTitle: vi.fn(), storage: { getItem: vi.fn(() => null), setItem: vi.fn() } };
  return { api, listeners, page, platform: createElectronPlatform(api, page) };
}

describe('the desktop platform', () => {
  it('opens through the main process, keeping the path as the handle to save to', async () => {
    const { platform, api } = fakeApi();
    const opened = await platform.openFile();
    expect(opened).toEqual({
      status: 'opened',
      file: { name: 'loop.js', kind: 'script', text: 'let a;', handle: { path: '/w/loop.js' } },
    });
    const file = opened.status === 'opened' ? opened.file : null;
    await platform.save({ ...file!, text: 'let b;' });
    expect(api.saveFile).toHaveBeenCalledWith({ path: '/w/loop.js', text: 'let b;' });
  });

  it('saves a never-saved document with Save As, suggesting a name of its kind', async () => {
    const { platform, api } = fakeApi();
    const saved = await platform.save({
      name: 'untitled.js',
      kind: 'session',
      text: '{}',
      handle: null,
    });
    expect(api.saveFileAs).toHaveBeenCalledWith({
      suggestedName: 'untitled.loopscope',
      kind: 'session',
      text: '{}',
    });
    expect(saved).toEqual({
      status: 'saved',
      name: 'new.loopscope',
      handle: { path: '/w/new.loopscope' },
    });
  });

  it('exports a Blob as bytes, and gives no handle for the document', async () => {
    const { platform, api } = fakeApi();
    const outcome = await platform.exportFile(new Blob([new Uint8Array([1, 2, 3])]), 'loop.gif');
    expect(api.exportFile).toHaveBeenCalledWith({
      suggestedName: 'loop.gif',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(outcome).toEqual({ status: 'saved', name: 'loop.gif', handle: null });
  });

  it('sets the title and tells the main process the document state', () => {
    const { platform, api, page } = fakeApi();
    platform.setDocumentStatus({
      name: 'loop.js',
      handle: { path: '/w/loop.js' },
      dirty: true,
      model: 'node',
    });
    expect(page.setTitle).toHaveBeenCalledWith('• loop.js — Loopscope');
    expect(api.setDocumentState).toHaveBeenCalledWith({
      name: 'loop.js',
      path: '/w/loop.js',
      dirty: true,
      model: 'node',
    });
  });

  it('passes menu commands and files from outside, each with an unsubscribe', () => {
    const { platform, listeners } = fakeApi();
    const commands: MenuCommand[] = [];
    const outcomes: unknown[] = [];
    const stopCommands = platform.onMenuCommand((c) => commands.push(c));
    const stopFiles = platform.onFileOpened((o) => outcomes.push(o));
    listeners.menu!('run.step-forward');
    listeners.opened!({
      status: 'opened',
      document: { path: '/w/b.js', name: 'b.js', kind: 'script', text: '' },
    });
    expect(commands).toEqual(['run.step-forward']);
    expect(outcomes).toEqual([
      {
        status: 'opened',
        file: { name: 'b.js', kind: 'script', text: '', handle: { path: '/w/b.js' } },
      },
    ]);
    stopCommands();
    stopFiles();
    expect(listeners).toEqual({});
  });

  it('autosaves through the main process and turns recoveries into handles and dates', async () => {
    const { platform, api } = fakeApi();
    await platform.autosave.write({
      text: '{}',
      documentName: 'loop.js',
      handle: { path: '/w/loop.js' },
    });
    expect(api.writeAutosave).toHaveBeenCalledWith({
      text: '{}',
      documentName: 'loop.js',
      path: '/w/loop.js',
    });
    const [recovery] = await platform.autosave.recoveries();
    expect(recovery).toEqual({
      id: 'recovery-1.json',
      text: '{}',
      documentName: 'loop.js',
      handle: { path: '/w/loop.js' },
      savedAt: new Date('2026-01-01T10:00:00.000Z'),
    });
  });
});
