/**
 * The preload: the only code that touches `ipcRenderer`. It exposes `window.loopscope`, one
 * method per IPC message (electron/api.ts), and nothing of `ipcRenderer` itself. It runs
 * sandboxed, so it is bundled as one CommonJS file (electron.vite.config.ts).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi, type Bridge } from './api';

const bridge: Bridge = {
  invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
  on(channel, listener) {
    // The listener gets the payload only: the IPC event (and its `sender`) stays here.
    const forward = (_event: Electron.IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
      listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

const api = createApi(bridge);

contextBridge.exposeInMainWorld('loopscope', api);

export type Api = typeof api;
