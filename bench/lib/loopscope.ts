/**
 * The interpreter as the app ships it: bundled (acorn included), not run through tsx. tsx
 * transpiles with esbuild's keepNames, which wraps every named closure the interpreter creates
 * in a defineProperty call (5–9% of a profile); the app's Vite build does not. So the bench
 * bundles interpreter/ once per run into bench/.work/ and every child imports that bundle.
 * (tsx's keepNames does not affect the sval and JS-Interpreter packages: they ship built code.)
 */
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Loopscope = typeof import('./loopscope-entry');

export const LOOPSCOPE_BUNDLE = fileURLToPath(new URL('../.work/loopscope.mjs', import.meta.url));

/** Bundles the interpreter into LOOPSCOPE_BUNDLE (unminified: profiles keep names and lines). */
export async function bundleLoopscope(): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./loopscope-entry.ts', import.meta.url))],
    outfile: LOOPSCOPE_BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'warning',
  });
}

const loaded = new Map<string, Promise<Loopscope>>();

/**
 * The bundled interpreter (bundleLoopscope must have run, in this process or the parent).
 * Children get the path in their request: they are bundles themselves, elsewhere on disk.
 */
export function loadLoopscope(bundle: string = LOOPSCOPE_BUNDLE): Promise<Loopscope> {
  let module = loaded.get(bundle);
  if (!module)
    loaded.set(bundle, (module = import(pathToFileURL(bundle).href) as Promise<Loopscope>));
  return module;
}
