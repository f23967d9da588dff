/**
 * The interpreter as the app ships it: bundled (acorn included), not run through tsx. tsx
 * transpiles with esbuild's keepNames, which wraps every named closure the interpreter creates
 * in a defineProperty call (5–9% of a profile); the app's Vite build does not. So the bench
 * bundles interpreter/ once per run into bench/.work/ and every child imports that bundle.
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

let loaded: Promise<Loopscope> | null = null;

/** The bundled interpreter (bundleLoopscope must have run, in this process or the parent). */
export function loadLoopscope(): Promise<Loopscope> {
  loaded ??= import(pathToFileURL(LOOPSCOPE_BUNDLE).href) as Promise<Loopscope>;
  return loaded;
}
