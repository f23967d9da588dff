import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from './api';

/** Loads preload.ts against a fake `electron`, returning what it exposed and what it sent. */
async function loadPreload() {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]) => 'result'),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: unknown) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    }),
  };
  vi.doMock('electron', () => ({
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer,
    webUtils: { getPathForFile: (file: File) => `/dropped/${file.name}` },
  }));
  vi.resetModules();
  await import('./preload');
  const emit = (channel: string, payload: unknown) =>
    (listeners.get(channel) ?? []).forEach((l) => l({ sender: 'the IPC event' }, payload));
  return { exposed, ipcRenderer, listeners, emit };
}

afterEach(() => {
  vi.doUnmock('electron');
});

describe('the preload', () => {
  it('exposes the API as window.loopscope, and nothing else', async () => {
    const { exposed } = await loadPreload();
    expect([...exposed.keys()]).toEqual(['loopscope']);
    const api = exposed.get('loopscope') as Record<string, unknown>;
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('ipcRenderer');
  });

  it('sends each call as its own message', async () => {
    const { exposed, ipcRenderer } = await loadPreload();
    const api = exposed.get('loopscope') as Api;
    await api.saveFile({ path: '/w/a.js', text: 'x' });
    await api.openDroppedFile(new File([''], 'b.js'));
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['file:save', { path: '/w/a.js', text: 'x' }],
      ['file:open-dropped', '/dropped/b.js'],
    ]);
  });

  it('hands listeners the payload, never the IPC event, and unsubscribes', async () => {
    const { exposed, emit, listeners } = await loadPreload();
    const api = exposed.get('loopscope') as Api;
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => received.push(args));
    emit('menu:command', 'run.run');
    expect(received).toEqual([['run.run']]);
    unsubscribe();
    expect(listeners.get('menu:command')).toEqual([]);
  });
});
