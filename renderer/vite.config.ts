import { build, defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `import script from 'virtual:loopscope-player'`: the HTML player (renderer/export/player/main.ts)
 * built on its own into one classic script, as text, for the exporter to put inside the HTML
 * files it writes. Works the same in dev and in builds. (electron.vite.config.ts's renderer needs
 * this plugin too.)
 */
export function loopscopePlayer(): Plugin {
  const id = 'virtual:loopscope-player';
  const resolved = `\0${id}`;
  const entry = here('./export/player/main.ts');
  return {
    name: 'loopscope-player',
    resolveId: (source) => (source === id ? resolved : null),
    async load(source) {
      if (source !== resolved) return null;
      const result = await build({
        configFile: false,
        root: here('.'),
        publicDir: false,
        logLevel: 'warn',
        build: {
          write: false,
          emptyOutDir: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'LoopscopePlayer', fileName: () => 'player.js' },
        },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const chunk = outputs
        .flatMap((o) => ('output' in o ? o.output : []))
        .find((o) => o.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('the HTML player did not build');
      for (const file of chunk.moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file);
      return `export default ${JSON.stringify(chunk.code)};`;
    },
  };
}

// The web build of the renderer: the same UI the Electron window loads.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [loopscopePlayer()],
  build: { outDir: here('../dist/web'), emptyOutDir: true },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
