/**
 * Issue 8, item 3: the app. The size of the built web renderer (dist/web), raw and gzip, and the
 * UI in Chromium through Playwright (./browser.ts): Run to first frame, playback fps, scrubber
 * latency, export frames per second at 1080p (GIF, WebM, MP4, PNG zip), cold start. Set
 * BENCH_APP_ONLY=scrubber,export (section names) to measure only some.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatBytes, formatMs, median } from '../../lib/stats';
import type { Row, Suite, SuiteResult, TargetCheck } from '../../suite';
import {
  EXPORT_EXAMPLE,
  EXPORT_FPS,
  measureApp,
  type AppFigures,
  type ExportFigure,
} from './browser';

const WEB_BUILD = path.resolve('dist/web');

/** Sections to measure, from BENCH_APP_ONLY (first-frame, playback, scrubber, export, cold-start). */
function onlySections(): Set<string> | null {
  const list = (process.env.BENCH_APP_ONLY ?? '').split(',').filter(Boolean);
  return list.length ? new Set(list) : null;
}

const failed = (o: { ok: false; error: string }) => `failed: ${o.error}`;

/** Rows, cells and target checks from the browser figures. */
function browserResults(f: AppFigures): { rows: Row[]; cells: string[][]; targets: TargetCheck[] } {
  const rows: Row[] = [];
  const cells: string[][] = [];
  const gallery: number[] = [];
  const galleryFailed: string[] = [];
  for (const { program, outcome } of f.firstFrame) {
    const isGallery = program !== '100,000-step loop';
    if (!outcome.ok) {
      rows.push({ measure: 'run to first frame', program, error: outcome.error });
      cells.push([`Run to first frame: ${program}`, failed(outcome), '']);
      if (isGallery) galleryFailed.push(program);
      continue;
    }
    const r = outcome.value;
    const ms = median(r.runsMs);
    rows.push({
      measure: 'run to first frame',
      program,
      steps: r.steps,
      medianMs: ms,
      runsMs: r.runsMs,
    });
    cells.push([
      `Run to first frame: ${program} (${r.steps} steps)`,
      `${formatMs(ms)} ms median of ${r.runsMs.length}`,
      `max ${formatMs(Math.max(...r.runsMs))} ms`,
    ]);
    if (isGallery) gallery.push(ms);
  }
  const p = f.playback.ok ? f.playback.value : null;
  if (f.playback.ok && p) {
    rows.push({ measure: 'playback at 1920x1080', ...p });
    cells.push([
      'Playing at 1920x1080 (classic, motion on)',
      `${p.fps.toFixed(1)} fps`,
      `frame p95 ${formatMs(p.frameP95Ms)} ms, max ${formatMs(p.frameMaxMs)} ms`,
    ]);
  } else if (!f.playback.ok) {
    rows.push({ measure: 'playback at 1920x1080', error: f.playback.error });
    cells.push(['Playing at 1920x1080', failed(f.playback), '']);
  }
  const s = f.scrubber.ok ? f.scrubber.value : null;
  if (s) {
    rows.push({ measure: 'scrubber latency', ...s });
    cells.push([
      `Scrubber, pointer move to frame presented (${s.steps} steps, ${s.moves} moves)`,
      `${formatMs(s.medianMs)} ms median`,
      `p95 ${formatMs(s.p95Ms)} ms, max ${formatMs(s.maxMs)} ms`,
    ]);
    cells.push([
      'Scrubber, the app’s share: first pointer event handled to frame presented',
      `${formatMs(s.fromDispatchMedianMs)} ms median`,
      `p95 ${formatMs(s.fromDispatchP95Ms)} ms`,
    ]);
  } else if (!f.scrubber.ok) {
    rows.push({ measure: 'scrubber latency', error: f.scrubber.error });
    cells.push(['Scrubber latency', failed(f.scrubber), '']);
  }
  const exported = new Map<string, ExportFigure>();
  for (const { format, outcome } of f.exports) {
    if (!outcome.ok) {
      rows.push({ measure: 'export at 1080p', format, error: outcome.error });
      cells.push([`Export ${format}, 1080p ${EXPORT_FPS} fps`, failed(outcome), '']);
      continue;
    }
    const e = outcome.value;
    exported.set(format, e);
    rows.push({ measure: 'export at 1080p', ...e, fpsTarget: EXPORT_FPS });
    cells.push([
      `Export ${format}, 1080p ${EXPORT_FPS} fps (${EXPORT_EXAMPLE}, ${(e.durationMs / 1000).toFixed(1)} s of animation)`,
      `${e.fps.toFixed(1)} frames/s`,
      `${(e.millis / 1000).toFixed(1)} s, ${e.realTime.toFixed(2)}x real time, ${formatBytes(e.bytes)}`,
    ]);
  }
  if (f.coldStart.ok) {
    const runs = f.coldStart.value;
    const cold = median(runs);
    rows.push({ measure: 'cold start to interactive editor', medianMs: cold, runsMs: runs });
    cells.push([
      `Cold start to an editable editor (empty cache, ${runs.length} loads)`,
      `${formatMs(cold)} ms median`,
      `max ${formatMs(Math.max(...runs))} ms`,
    ]);
  } else {
    rows.push({ measure: 'cold start to interactive editor', error: f.coldStart.error });
    cells.push(['Cold start', failed(f.coldStart), '']);
  }

  const worstGallery = gallery.length ? Math.max(...gallery) : NaN;
  const realTime = (format: string) => exported.get(format)?.realTime;
  const exportMeasured = ['webm', 'mp4', 'gif'].every((fmt) => exported.has(fmt));
  const targets: TargetCheck[] = [
    {
      target: '60 frames per second while playing',
      measured: p
        ? `${p.fps.toFixed(1)} fps (frame p95 ${formatMs(p.frameP95Ms)} ms)`
        : 'not measured',
      // rAF is capped by the display rate (60 Hz headless); within half a frame of 60 counts.
      met: p ? p.fps >= 59.5 : null,
    },
    {
      target: 'Scrubber latency under 16 ms on 100,000 steps',
      measured: s
        ? `median ${formatMs(s.medianMs)} ms, p95 ${formatMs(s.p95Ms)} ms (the app’s share: median ${formatMs(s.fromDispatchMedianMs)} ms, p95 ${formatMs(s.fromDispatchP95Ms)} ms)`
        : 'not measured',
      // Judged on the median: Chromium starts frames on the 60 Hz beat, so an input that arrives
      // just after a beat waits up to 16.7 ms for the next one however fast the app is, and the
      // p95 of that wait alone is ~15.9 ms. "Under 16 ms" means the step is on the next frame.
      met: s ? s.medianMs < 16 : null,
    },
    {
      target: 'First frame of a gallery example under 200 ms after Run',
      measured:
        `slowest example median ${formatMs(worstGallery)} ms` +
        (galleryFailed.length ? `; failed on ${galleryFailed.join(', ')}` : ''),
      met: gallery.length ? worstGallery < 200 && galleryFailed.length === 0 : null,
    },
    {
      target: 'Export faster than real time at 1080p 30 fps (WebM, MP4); GIF at least real time',
      measured:
        ['webm', 'mp4', 'gif']
          .map((fmt) => `${fmt} ${realTime(fmt)?.toFixed(2) ?? '—'}x`)
          .join(', ') + ' real time',
      met: exportMeasured
        ? realTime('webm')! > 1 && realTime('mp4')! > 1 && realTime('gif')! >= 1
        : null,
    },
  ];
  return { rows, cells, targets };
}

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
    let targets: TargetCheck[] = [];
    const timings: string[][] = [];
    if (existsSync(WEB_BUILD)) {
      try {
        const browser = browserResults(await measureApp(WEB_BUILD, options.log, onlySections()));
        rows.push(...browser.rows);
        timings.push(...browser.cells);
        targets = browser.targets;
        notes.push(
          'UI timings: Chromium (headless, --disable-gpu) through playwright-core at 1920x1080, timed inside the page. "Run to first frame" runs from the Run click to the end of the frame that shows the new trace (reduced motion; one warm-up run first, so each run measured is a later Run, in the worker the run before used). Playback counts requestAnimationFrame callbacks for 5 s of the classic example playing with motion. Scrubber: 100 pointer moves while dragging the timeline of a ~100,000-step trace, each from the pointer event’s timestamp to the end of the frame that draws the new step on the stage; the app’s share starts when the page handles the first event for that input instead: pointerrawupdate, which Chromium dispatches as the input arrives and the app seeks from, or else pointermove (which Chromium holds until the next frame, up to 16.7 ms). The scrubber target is judged on the median: frames start on the 60 Hz beat, so an input arriving just after one waits up to 16.7 ms for the next however fast the app is (that wait alone has a p95 of ~15.9 ms); under 16 ms means the new step is on the next frame. Export: the classic example exported through the export dialog at 1080p, 30 fps, speed 1, from the click on Export to the file saved; frames/s counts the animation’s frames (duration x 30). Each measurement runs in a fresh browser context with its own time limit; a failed one is reported and the rest still run. Cold start: a fresh context (empty cache) from navigation to an editable CodeMirror.',
        );
      } catch (error) {
        timings.push(['UI in Chromium', 'failed', String(error).split('\n')[0]]);
        notes.push(`The UI measurements failed: ${String(error).split('\n')[0]}`);
      }
    }
    return {
      rows,
      tables: [
        { title: 'Web build', table: { headings: ['measure', 'raw', 'gzip'], cells } },
        {
          title: 'The app in Chromium',
          table: { headings: ['measure', 'figure', 'spread'], cells: timings },
        },
      ],
      targets,
      notes,
    };
  },
};
