import { describe, expect, it, vi } from 'vitest';
import { type Bridge, createApi, type EventChannel, type InvokeChannel } from './api';
import { argumentChecks } from './ipc';

function recordingBridge() {
  const invoked: { channel: InvokeChannel; args: unknown[] }[] = [];
  const listeners = new Map<EventChannel, (payload: never) => void>();
  const bridge: Bridge = {
    invoke: (channel, ...args) => {
      invoked.push({ channel, args });
      return Promise.resolve(undefined as never);
    },
    on: (channel, listener) => {
      listeners.set(channel, listener as (payload: never) => void);
      return () => listeners.delete(channel);
    },
    pathForFile: () => '/home/ada/dropped.js',
  };
  return { bridge, invoked, listeners };
}

describe('the preload API', () => {
  it('has one method per invoke message, and every message has one', async () => {
    const { bridge, invoked } = recordingBridge();
    const api = createApi(bridge);
    const methods = Object.entries(api).filter(([name]) => !name.startsWith('on'));
    for (const [, method] of methods) {
      await (method as (...args: unknown[]) => Promise<unknown>)({} as never);
    }
    const channels = invoked.map((call) => call.channel);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual(Object.keys(argumentChecks).sort());
  });

  it('on* methods hand the listener the payload only, and return an unsubscribe function', () => {
    const { bridge, listeners } = recordingBridge();
    const api = createApi(bridge);
    const commands: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => commands.push(args));
    listeners.get('menu:command')!('run.run' as never);
    expect(commands).toEqual([['run.run']]);
    unsubscribe();
    expect(listeners.has('menu:command')).toBe(false);
  });

  it('opens a dropped file by the path the preload finds for it', async () => {
    const { bridge, invoked } = recordingBridge();
    const pathForFile = vi.spyOn(bridge, 'pathForFile');
    const file = new File(['x'], 'dropped.js');
    await createApi(bridge).openDroppedFile(file);
    expect(pathForFile).toHaveBeenCalledWith(file);
    expect(invoked).toEqual([{ channel: 'file:open-dropped', args: ['/home/ada/dropped.js'] }]);
  });
});
