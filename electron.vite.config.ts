import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig, type UserConfig } from 'vite';
import webConfig from './renderer/vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `electron-vite build` -> out/main, out/preload, out/renderer. The renderer is the web build's
// own config (renderer/vite.config.ts: same index.html, same plugins and workers), written to
// out/renderer instead of dist/web.
export default defineConfig({
  main: {
    build: {
      outDir: here('out/main'),
      lib: { entry: here('electron/main.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: here('out/preload'),
      // A sandboxed preload cannot be an ES module: Electron runs it as a CommonJS script.
      lib: { entry: here('electron/preload.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: mergeConfig(webConfig as UserConfig, {
    build: {
      outDir: here('out/renderer'),
      rolldownOptions: { input: here('renderer/index.html') },
    },
  }),
});
