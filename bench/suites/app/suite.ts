/**
 * Issue 8, item 3: the app. What needs no browser is measured here now: the size of the built
 * web renderer (dist/web), raw and gzip. The rest — run-to-first-frame, playback fps, scrubber
 * latency, export fps, cold start — needs the UI in Chromium through Playwright; each is listed
 * as not measured yet, so the table shows what is missing. A Playwright suite can replace those
 * rows (see bench/suite.ts for the shape).
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatBytes } from '../../lib/stats';
import type { Row, Suite, SuiteResult } from '../../suite';

const WEB_BUILD = path.resolve('dist/web');

const PENDING = [
  'time from Run to the first frame (gallery examples; a 100,000-step program)',
  'frames per second while playing at 1920x1080',
  'scrubber latency on a 100,000-step trace',
  'export frames per second at 1080p (GIF, WebM, MP4, PNG, SVG, HTML)',
  'cold start of the web build to an interactive editor',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The kinds of file a browser downloads to start the app. */
const kindOf = (file: string) => {
  const ext = path.extname(file).slice(1).toLowerCase();
  return ['js', 'mjs', 'css', 'html', 'wasm'].includes(ext) ? ext : 'other';
};

/** The interpreter alone as a minified bundle (acorn included): what the web worker must load. */
async function interpreterBundleSize(): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../../interpreter/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export const appSuite: Suite = {
  name: 'app',
  title: 'The app (web build)',
  async run(options): Promise<SuiteResult> {
    const rows: Row[] = [];
    const notes: string[] = [];
    const cells: string[][] = [];
    if (existsSync(WEB_BUILD)) {
      options.log(`app: sizes of ${WEB_BUILD}`);
      const totals = new Map<string, { files: number; bytes: number; gzip: number }>();
      for (const file of filesUnder(WEB_BUILD)) {
        const kind = kindOf(file);
        const bytes = statSync(file).size;
        const gzip = kind === 'other' ? bytes : gzipSync(readFileSync(file), { level: 9 }).length;
        const relative = path.relative(WEB_BUILD, file);
        rows.push({ measure: 'asset', file: relative, kind, bytes, gzipBytes: gzip });
        const t = totals.get(kind) ?? { files: 0, bytes: 0, gzip: 0 };
        totals.set(kind, { files: t.files + 1, bytes: t.bytes + bytes, gzip: t.gzip + gzip });
      }
      let all = { files: 0, bytes: 0, gzip: 0 };
      for (const [kind, t] of [...totals].sort()) {
        cells.push([
          `dist/web ${kind} (${t.files} files)`,
          formatBytes(t.bytes),
          kind === 'other' ? '—' : formatBytes(t.gzip),
        ]);
        if (kind !== 'other')
          all = { files: all.files + t.files, bytes: all.bytes + t.bytes, gzip: all.gzip + t.gzip };
      }
      cells.push([
        'dist/web code (js, css, html, wasm)',
        formatBytes(all.bytes),
        formatBytes(all.gzip),
      ]);
      rows.push({
        measure: 'web build code',
        files: all.files,
        bytes: all.bytes,
        gzipBytes: all.gzip,
      });
      notes.push(
        'Sizes of dist/web as built when the bench ran (gzip level 9 per file; "other" files such as images and fonts are counted raw).',
      );
    } else {
      cells.push(['dist/web', 'not built', '—']);
      rows.push({ measure: 'web build code', bytes: null, gzipBytes: null });
      notes.push(
        'dist/web does not exist: run `npm run build:web` before the bench to measure the renderer’s size.',
      );
    }
    const interpreter = await interpreterBundleSize();
    cells.push([
      'interpreter/ alone, bundled and minified (esbuild)',
      formatBytes(interpreter.bytes),
      formatBytes(interpreter.gzip),
    ]);
    rows.push({
      measure: 'interpreter bundle',
      bytes: interpreter.bytes,
      gzipBytes: interpreter.gzip,
    });
    for (const measure of PENDING) {
      cells.push([measure, 'not measured yet', '']);
      rows.push({ measure, value: null });
    }
    notes.push(
      'The rows "not measured yet" need the UI in Chromium (Playwright); they are issue 8 item 3, to be added as a suite.',
    );
    return {
      rows,
      tables: [
        { title: 'Web build and app', table: { headings: ['measure', 'raw', 'gzip'], cells } },
      ],
      targets: [
        { target: '60 frames per second while playing', measured: 'not measured yet', met: null },
        {
          target: 'Scrubber latency under 16 ms on 100,000 steps',
          measured: 'not measured yet',
          met: null,
        },
        {
          target: 'First frame of a gallery example under 200 ms after Run',
          measured: 'not measured yet',
          met: null,
        },
        {
          target:
            'Export faster than real time at 1080p 30 fps (WebM, MP4); GIF at least real time',
          measured: 'not measured yet',
          met: null,
        },
      ],
      notes,
    };
  },
};
