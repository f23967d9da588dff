/**
 * main.ts, the composition root, run against a fake `electron` module: what Loopscope does at
 * start-up, with a file on the command line, on a second launch and when closing. (The
 * modules it wires have their own tests; this checks the wiring, without an Electron binary.)
 */
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from './api';
import { argumentChecks } from './ipc';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

function fakeElectron(userData: string) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    ready: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn((_data: unknown) => true),
    quit: vi.fn(),
    getPath: (name: string) => (name === 'userData' ? userData : path.join(userData, name)),
    setPath: vi.fn(),
    getName: () => 'Loopscope',
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    whenReady: () => ready,
    isReady: () => app.ready,
    becomeReady() {
      app.ready = true;
      markReady();
    },
  });

  const windows: FakeWindow[] = [];
  class FakeWebContents extends EventEmitter {
    send = vi.fn();
    reload = vi.fn();
    setWindowOpenHandler = vi.fn();
  }
  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    webContents = new FakeWebContents();
    destroyed = false;
    loadURL = vi.fn(async (_url: string) => {});
    maximize = vi.fn();
    setFullScreen = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1100, height: 700 });
    isMaximized = () => false;
    isFullScreen = () => false;
    setDocumentEdited = vi.fn();
    setRepresentedFilename = vi.fn();
    close = vi.fn(() => {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.emit('closed');
    });
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
  }

  const handlers = new Map<string, Listener>();
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
      removeHandler: (channel: string) => void handlers.delete(channel),
    },
    dialog: {
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({
        response: 1,
        checkboxChecked: false,
      })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
  };

  /** Invokes a message as the Loopscope window's page would. */
  const invoke = (channel: InvokeChannel, ...args: unknown[]) => {
    const window = windows.at(-1)!;
    const event = {
      sender: window.webContents,
      senderFrame: { url: 'app://loopscope/index.html', parent: null },
    };
    return handlers.get(channel)!(event, ...args);
  };

  return { electron, app, windows, handlers, invoke };
}

let userData: string;
let originalArgv: string[];
beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-main-'));
  originalArgv = process.argv;
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {}); // refused IPC is logged
});
afterEach(async () => {
  process.argv = originalArgv;
  vi.doUnmock('electron');
  vi.restoreAllMocks();
  await fs.rm(userData, { recursive: true, force: true });
});

/** Loads main.ts with `argv` as its command line, then lets the app become ready. */
async function startMain(argv: string[] = []) {
  const fake = fakeElectron(userData);
  vi.doMock('electron', () => fake.electron);
  process.argv = ['/opt/Loopscope/loopscope', ...argv];
  await import('./main');
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows[0]?.loadURL).toHaveBeenCalled());
  return fake;
}

describe('the main process', () => {
  it('starts sandboxed, registers every IPC message, and opens the app page securely', async () => {
    const { electron, windows, handlers } = await startMain();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...handlers.keys()].sort()).toEqual(Object.keys(argumentChecks).sort());
    const [window] = windows;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: expect.stringMatching(/preload[/\\]preload\.cjs$/),
    });
    expect(window!.loadURL).toHaveBeenCalledWith('app://loopscope/index.html');
    expect(window!.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('takes the single-instance lock with the files it was given', async () => {
    const { electron } = await startMain(['talk.loopscope']);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledWith({
      files: [path.resolve('talk.loopscope')],
    });
  });

  it('opens a file from the command line once the page is ready', async () => {
    const file = path.join(userData, 'loop.js');
    await fs.writeFile(file, 'console.log(1);');
    const { windows, invoke } = await startMain([file]);
    const send = windows[0]!.webContents.send;
    expect(send).not.toHaveBeenCalled();
    await invoke('app:renderer-ready');
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith('file:opened', {
        status: 'opened',
        document: { path: file, name: 'loop.js', kind: 'script', text: 'console.log(1);' },
      }),
    );
  });

  it('a second launch with a file focuses the window and opens the file there', async () => {
    const file = path.join(userData, 'second.js');
    await fs.writeFile(file, 'let a;');
    const { app, windows, invoke } = await startMain();
    await invoke('app:renderer-ready');
    app.emit('second-instance', {}, ['/opt/Loopscope/loopscope', file], '/', { files: [file] });
    await vi.waitFor(() =>
      expect(windows[0]!.webContents.send).toHaveBeenCalledWith(
        'file:opened',
        expect.objectContaining({ status: 'opened' }),
      ),
    );
    expect(windows[0]!.focus).toHaveBeenCalled();
    expect(windows).toHaveLength(1);
  });

  it("asks before closing unsaved work; Don't Save closes and leaves nothing to recover", async () => {
    const { electron, windows, invoke } = await startMain();
    await invoke('autosave:write', { text: '{"draft":1}', documentName: null, path: null });
    await invoke('document:set-state', { name: 'loop.js', path: null, dirty: true, model: 'node' });
    expect(windows[0]!.setDocumentEdited).toHaveBeenCalledWith(true);
    // The page's last autosave, sent as it unloads (after the close was decided), and one that
    // arrives after the window is gone: neither brings the discarded work back.
    let closeEvents = 0;
    const lateWrites: Promise<unknown>[] = [];
    windows[0]!.on('close', () => {
      if (++closeEvents === 2) {
        lateWrites.push(
          Promise.resolve(
            invoke('autosave:write', { text: '{"draft":2}', documentName: null, path: null }),
          ),
        );
      }
    });
    windows[0]!.close();
    await vi.waitFor(() => expect(windows[0]!.destroyed).toBe(true));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce();
    lateWrites.push(
      Promise.resolve()
        .then(() =>
          invoke('autosave:write', { text: '{"draft":3}', documentName: null, path: null }),
        )
        .catch((error: Error) => error.message),
    );
    expect(await Promise.all(lateWrites)).toEqual([undefined, expect.stringMatching(/refused/)]);
    await vi.waitFor(async () =>
      expect(await fs.readdir(path.join(userData, 'autosave'))).toEqual([]),
    );
  });

  it('refuses IPC from a page that is not the app', async () => {
    const { handlers, windows } = await startMain();
    const event = {
      sender: windows[0]!.webContents,
      senderFrame: { url: 'https://example.com/', parent: null },
    };
    await expect(async () => handlers.get('file:open-dialog')!(event)).rejects.toThrow(/refused/);
  });
});
