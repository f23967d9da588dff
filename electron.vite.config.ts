import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `electron-vite build` -> out/main, out/preload, out/renderer. The renderer is the same
// renderer/index.html the web build uses (renderer/vite.config.ts); only the output differs.
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
  renderer: {
    root: here('renderer'),
    base: './',
    worker: { format: 'es' },
    build: {
      outDir: here('out/renderer'),
      rolldownOptions: { input: here('renderer/index.html') },
    },
  },
});
