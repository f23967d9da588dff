import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The web build of the renderer: the same UI the Electron window loads.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
