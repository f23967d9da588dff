import { describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from './api';
import {
  argumentChecks,
  type Handlers,
  type InvokeEventLike,
  type IpcMainLike,
  isAppUrl,
  registerIpcHandlers,
  trustedSenderCheck,
} from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel) => void registered.delete(channel),
  };
  const invoke = async (channel: InvokeChannel, event: InvokeEventLike, ...args: unknown[]) =>
    registered.get(channel)!(event, ...args);
  return { ipcMain, registered, invoke };
}

const appContents = { id: 1 };
const appFrame = { url: 'app://loopscope/index.html', parent: null };
const fromApp: InvokeEventLike = { senderFrame: appFrame, sender: appContents };
const origins = [{ protocol: 'app:', host: 'loopscope' }];
const isTrustedSender = trustedSenderCheck(origins, (sender) => sender === appContents);

function fakeHandlers(): Handlers {
  return Object.fromEntries(
    Object.keys(argumentChecks).map((channel) => [channel, vi.fn(() => `${channel} done`)]),
  ) as unknown as Handlers;
}

function setUp() {
  const fake = fakeIpcMain();
  const handlers = fakeHandlers();
  const log = vi.fn();
  const unregister = registerIpcHandlers(fake.ipcMain, { isTrustedSender, handlers, log });
  return { ...fake, handlers, log, unregister };
}

describe('IPC handlers', () => {
  it('registers exactly one handler per message, and removes them all', () => {
    const { registered, unregister } = setUp();
    expect([...registered.keys()].sort()).toEqual(Object.keys(argumentChecks).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('runs a handler for the app window with checked arguments', async () => {
    const { invoke, handlers } = setUp();
    const request = { path: '/home/ada/loop.js', text: 'console.log(1)' };
    expect(await invoke('file:save', fromApp, request)).toBe('file:save done');
    expect(handlers['file:save']).toHaveBeenCalledWith(request);
  });

  describe('refuses a sender that is not the Loopscope window', () => {
    const cases: [string, InvokeEventLike][] = [
      ['a frame that is gone', { senderFrame: null, sender: appContents }],
      ['a subframe', { senderFrame: { ...appFrame, parent: appFrame }, sender: appContents }],
      [
        'a page from elsewhere',
        { senderFrame: { url: 'https://evil.example/', parent: null }, sender: appContents },
      ],
      [
        'a file:// page',
        { senderFrame: { url: 'file:///tmp/index.html', parent: null }, sender: appContents },
      ],
      [
        'another host on the app scheme',
        { senderFrame: { url: 'app://other/index.html', parent: null }, sender: appContents },
      ],
      ['another web contents', { senderFrame: appFrame, sender: { id: 2 } }],
    ];
    it.each(cases)('%s', async (_name, event) => {
      const { invoke, handlers, log } = setUp();
      await expect(invoke('file:open-dialog', event)).rejects.toThrow(/file:open-dialog refused/);
      expect(handlers['file:open-dialog']).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledOnce();
    });
  });

  describe('refuses bad arguments before the handler runs', () => {
    const cases: [InvokeChannel, unknown[], RegExp][] = [
      ['file:open-dialog', ['extra'], /expected 0 argument/],
      ['file:open-recent', ['relative/loop.js'], /absolute path/],
      ['file:open-recent', ['/tmp/a\0b.js'], /absolute path/],
      ['file:open-recent', [42], /must be a string/],
      ['file:save', [{ path: '/tmp/a.js' }], /request.text must be a string/],
      ['file:save', [{ path: '/tmp/a.js', text: '', mode: 0o777 }], /unknown field mode/],
      ['file:save', ['/tmp/a.js', 'text'], /expected 1 argument/],
      [
        'file:save-as',
        [{ suggestedName: '../../etc/passwd', kind: 'script', text: '' }],
        /file name/,
      ],
      [
        'file:save-as',
        [{ suggestedName: 'a.js', kind: 'binary', text: '' }],
        /one of script, session/,
      ],
      ['file:export', [{ suggestedName: 'a.gif', bytes: 'GIF89a' }], /must be bytes/],
      [
        'document:set-state',
        [{ name: null, path: null, dirty: 'yes', model: 'node' }],
        /true or false/,
      ],
      [
        'document:set-state',
        [{ name: null, path: null, dirty: true, model: 'deno' }],
        /browser, node/,
      ],
      ['autosave:write', [null], /must be an object/],
      ['autosave:write', [[]], /must be an object/],
      ['shell:open-external', ['x'.repeat(3000)], /longer than/],
    ];
    it.each(cases)('%s %j', async (channel, args, reason) => {
      const { invoke, handlers, log } = setUp();
      await expect(invoke(channel, fromApp, ...args)).rejects.toThrow(reason);
      expect(handlers[channel]).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`${channel} refused`));
    });
  });

  it('passes bytes through for an export', async () => {
    const { invoke, handlers } = setUp();
    const bytes = new Uint8Array([0x47, 0x49, 0x46]);
    await invoke('file:export', fromApp, { suggestedName: 'loop.gif', bytes });
    expect(handlers['file:export']).toHaveBeenCalledWith({ suggestedName: 'loop.gif', bytes });
  });
});

describe('isAppUrl', () => {
  const withDev = [...origins, { protocol: 'http:', host: 'localhost:5173' }];
  it.each([
    ['app://loopscope/index.html', true],
    ['app://loopscope/assets/worker.js', true],
    ['http://localhost:5173/', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['app://loopscope.evil/index.html', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url, withDev)).toBe(expected);
  });
});
