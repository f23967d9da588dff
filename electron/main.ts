/**
 * Loopscope's main process: the composition root. Every piece of behaviour lives in a small
 * module that takes its Electron dependencies as arguments (and is unit-tested with fakes);
 * this file only creates the real ones and wires them together.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentState, MenuCommand } from './api';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './app-protocol';
import { AutosaveStore } from './autosave';
import { CloseGuard } from './close-guard';
import { createDialogs } from './dialogs';
import { Documents } from './documents';
import { createHandlers } from './handlers';
import { type AppOrigin, isAppUrl, registerIpcHandlers, trustedSenderCheck } from './ipc';
import { filesFromArgv, filesFromSecondInstance, type SecondInstanceData } from './launch-files';
import { buildMenuTemplate } from './menu';
import { RecentFiles } from './recent-files';
import { RendererChannel } from './renderer-channel';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security';
import {
  captureWindowState,
  loadWindowState,
  MIN_SIZE,
  placeWindow,
  saveWindowState,
} from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const RENDERER_ROOT = path.join(here, '../renderer');
const PRELOAD = path.join(here, '../preload/preload.cjs');
/** Set by `electron-vite dev`; a packaged app always loads its own files. */
const DEV_SERVER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// A development build may keep its data elsewhere (e2e/electron.spec.ts uses a fresh folder).
if (!app.isPackaged && process.env.LOOPSCOPE_USER_DATA) {
  app.setPath('userData', path.resolve(process.env.LOOPSCOPE_USER_DATA));
}

// Before `ready`: app:// is a standard, secure scheme, and every renderer is sandboxed.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const launchFiles = filesFromArgv(process.argv, {
  cwd: process.cwd(),
  defaultApp: Boolean(process.defaultApp),
});
const secondInstanceData: SecondInstanceData = { files: launchFiles };

if (!app.requestSingleInstanceLock(secondInstanceData)) {
  // Another Loopscope is running: it gets our files (`second-instance`) and comes to the front.
  app.quit();
} else {
  startLoopscope();
}

function startLoopscope(): void {
  const userData = app.getPath('userData');
  const autosave = new AutosaveStore(path.join(userData, 'autosave'));
  const recentFiles = new RecentFiles(path.join(userData, 'recent-files.json'));
  const windowStateFile = path.join(userData, 'window-state.json');

  let window: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;
  let documentState: DocumentState = { name: null, path: null, dirty: false, model: 'browser' };
  /**
   * Set once the window has decided to close: the page's last autosave (sent as it unloads)
   * must not bring back work the person just discarded or saved.
   */
  let windowClosing = false;
  const pendingOpens: string[] = [...launchFiles];
  /** Disk writes started on the way out; quitting waits for them. */
  const finalWrites = new Set<Promise<unknown>>();

  const origins: AppOrigin[] = [{ protocol: `${APP_SCHEME}:`, host: APP_HOST }];
  if (DEV_SERVER_URL) {
    const dev = new URL(DEV_SERVER_URL);
    origins.push({ protocol: dev.protocol, host: dev.host });
  }
  const isApp = (url: string) => isAppUrl(url, origins);

  const channel = new RendererChannel((name, payload) => window?.webContents.send(name, payload));
  const send = (command: MenuCommand) => channel.post('menu:command', command);
  const dialogs = createDialogs(dialog, () => window);
  const documents = new Documents({
    dialogs,
    recentFiles,
    defaultFolder: () => app.getPath('documents'),
    onRecentFilesChanged(addedPath) {
      if (addedPath) app.addRecentDocument(addedPath);
      refreshMenu();
    },
  });

  function refreshMenu(): void {
    const template = buildMenuTemplate({
      appName: app.getName(),
      isMac: process.platform === 'darwin',
      isDev: !app.isPackaged,
      recentFiles: recentFiles.list(),
      model: documentState.model,
      send,
      openRecent: (filePath) => void openFromOutside(filePath),
      clearRecent: () => {
        app.clearRecentDocuments();
        void recentFiles.clear().then(refreshMenu);
      },
      showAbout: () =>
        void dialogs.showAbout({ appName: app.getName(), version: app.getVersion() }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** A file from the command line, the OS, a second launch or Open Recent. */
  async function openFromOutside(filePath: string): Promise<void> {
    if (!window) {
      pendingOpens.push(filePath);
      if (app.isReady()) await createWindow();
      return;
    }
    focusWindow();
    channel.post('file:opened', await documents.open(filePath));
  }

  function focusWindow(): void {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  function trackFinalWrite(write: Promise<unknown>): void {
    const tracked = write.catch((error) => console.error('Loopscope: could not save', error));
    finalWrites.add(tracked);
    void tracked.finally(() => finalWrites.delete(tracked));
  }

  async function createWindow(): Promise<void> {
    const placement = placeWindow(
      await loadWindowState(windowStateFile),
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const win = new BrowserWindow({
      ...placement.bounds,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: 'Loopscope',
      backgroundColor: '#1b1d23',
      webPreferences: secureWebPreferences(PRELOAD),
    });
    window = win;
    documentState = { name: null, path: null, dirty: false, model: documentState.model };
    windowClosing = false;
    if (placement.maximized) win.maximize();
    if (placement.fullScreen) win.setFullScreen(true);
    win.once('ready-to-show', () => win.show());

    let saveStateTimer: NodeJS.Timeout | undefined;
    const saveState = () => {
      clearTimeout(saveStateTimer);
      if (!win.isDestroyed())
        trackFinalWrite(saveWindowState(windowStateFile, captureWindowState(win)));
    };
    const saveStateSoon = () => {
      clearTimeout(saveStateTimer);
      saveStateTimer = setTimeout(saveState, 1000);
    };
    for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
      win.on(event as 'resize', saveStateSoon);

    const guard = new CloseGuard({
      isDirty: () => documentState.dirty,
      documentName: () => documentState.name,
      confirmUnsaved: (name) => dialogs.confirmUnsaved(name),
      requestSaveThenClose: () => send('file.save-then-close'),
      close: () => win.close(),
      onClosing(workIsSafe) {
        windowClosing = true;
        saveState();
        if (workIsSafe) trackFinalWrite(autosave.clear());
      },
    });
    closeGuard = guard;
    win.on('close', (event) => guard.handleClose(event));
    win.on('closed', () => {
      clearTimeout(saveStateTimer);
      if (window === win) {
        window = null;
        closeGuard = null;
      }
      channel.markNotReady();
    });

    win.webContents.on('did-start-navigation', (details) => {
      // A reload: events wait until the new page has subscribed again.
      if (details.isMainFrame && !details.isSameDocument) channel.markNotReady();
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      // The page died: what it autosaved becomes a recovery, offered when it reloads.
      console.error(`Loopscope: the window's renderer is gone (${details.reason}); reloading`);
      void autosave.collectRecoveries().then(() => {
        if (!win.isDestroyed()) win.webContents.reload();
      });
    });

    const first = pendingOpens.shift();
    pendingOpens.length = 0; // one window, one document: the first file given wins
    if (first) void documents.open(first).then((result) => channel.post('file:opened', result));

    await win.loadURL(DEV_SERVER_URL ?? APP_ENTRY_URL);
  }

  app.on('open-file', (event, filePath) => {
    // macOS: a file dropped on the Dock icon or opened from Finder, maybe before `ready`.
    event.preventDefault();
    if (app.isReady()) void openFromOutside(filePath);
    else pendingOpens.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const files = filesFromSecondInstance(
      argv,
      workingDirectory,
      additionalData,
      Boolean(process.defaultApp),
    );
    if (files[0]) void openFromOutside(files[0]);
    else if (window) focusWindow();
    else void createWindow();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      isAppUrl: isApp,
      openExternal: (url) => void shell.openExternal(url),
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (finalWrites.size === 0) return;
    event.preventDefault();
    void Promise.all(finalWrites).then(() => app.quit());
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, isApp);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_ROOT));
    await recentFiles.load();
    // Before any window autosaves: what the last run left behind becomes a recovery.
    await autosave.collectRecoveries();

    registerIpcHandlers(ipcMain, {
      isTrustedSender: trustedSenderCheck(
        origins,
        (sender) => window !== null && sender === window.webContents,
      ),
      log: (message) => console.warn(`Loopscope IPC: ${message}`),
      handlers: createHandlers({
        documents,
        recentFiles,
        autosave: {
          write: (entry) => (windowClosing ? Promise.resolve() : autosave.write(entry)),
          clear: () => autosave.clear(),
          recoveries: () => autosave.recoveries(),
          discardRecovery: (id) => autosave.discardRecovery(id),
        },
        dialogs,
        onRendererReady: () => channel.markReady(),
        onRecentFilesChanged: refreshMenu,
        onDocumentState(state) {
          const modelChanged = state.model !== documentState.model;
          documentState = state;
          window?.setDocumentEdited(state.dirty); // macOS: the dot in the close button
          window?.setRepresentedFilename(state.path ?? ''); // macOS: the proxy icon
          if (modelChanged) refreshMenu();
        },
        closeWindow: () => closeGuard?.closeNow(),
        openExternal: (url) => void shell.openExternal(url),
      }),
    });

    refreshMenu();
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });
}
