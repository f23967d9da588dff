/**
 * The app in Chromium through Playwright: the web build (dist/web) served by a small static
 * server, driven the way e2e/helpers.ts drives it, and timed inside the page (performance.now,
 * MutationObserver, requestAnimationFrame), so Playwright's round trips are not counted.
 *
 * Each measurement is a section of its own: a fresh browser context (so no measurement starts on a
 * page another left behind), its own time limit, and a failure reported with whether the page
 * still answered. One failing section never stops the others.
 *
 * "Presented" means the frame that renders a DOM change has finished: a task posted from inside
 * that frame's animation callbacks (see FRAME_PROBE).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../../e2e/chromium';
import { encodeSource } from '../../../renderer/app/urlState';
import { median, percentile } from '../../lib/stats';

const VIEWPORT = { width: 1920, height: 1080 };

/** tsx compiles the page functions with esbuild's `__name` helper; the page needs it too. */
const NAME_HELPER = 'window.__name = (f) => f;';

/**
 * Installed before the app loads: `window.__afterPresent(cb)` calls cb once the frame that renders
 * the DOM as it is now has been produced. Inside an animation-frame callback that frame is the
 * current one, so a task posted now runs right after it; elsewhere it is the next frame. (A
 * requestAnimationFrame made inside a frame's callbacks runs a whole frame later, which is what
 * made the first scrubber figures about a frame too slow.)
 */
const FRAME_PROBE = `(() => {
  let depth = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { depth++; try { cb(t); } finally { depth--; } });
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => { const now = performance.now(); waiting.splice(0).forEach((cb) => cb(now)); };
  const afterTask = (cb) => { waiting.push(cb); channel.port2.postMessage(0); };
  window.__afterPresent = (cb) => depth > 0 ? afterTask(cb) : raf(() => afterTask(cb));
})();`;

/** About 100,000 fine steps (3 per iteration), completing under the UI's 100,000-step limit. */
export const LONG_PROGRAM =
  'let s = 0;\nfor (let i = 0; i < 33330; i++) {\n  s += i;\n}\nconsole.log(s);\n';

export const FIRST_FRAME_EXAMPLES = ['classic', 'then-chain', 'tasks-vs-microtasks'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Serves dir on 127.0.0.1 (a free port); unknown paths get index.html, as a static host would. */
async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, path.normalize(urlPath === '/' ? '/index.html' : urlPath));
    const send = (bytes: Buffer, name: string) => {
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
      });
      response.end(bytes);
    };
    readFile(file.startsWith(dir) ? file : path.join(dir, 'index.html'))
      .then((bytes) => send(bytes, file))
      .catch(() =>
        readFile(path.join(dir, 'index.html')).then(
          (bytes) => send(bytes, 'index.html'),
          () => response.writeHead(404).end(),
        ),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export type SectionOutcome<T> =
  { ok: true; value: T; seconds: number } | { ok: false; error: string; seconds: number };

export interface FirstFrame {
  steps: number;
  runsMs: number[];
}
export interface Playback {
  seconds: number;
  frames: number;
  fps: number;
  frameP95Ms: number;
  frameMaxMs: number;
}
export interface Scrubber {
  steps: number;
  moves: number;
  /** From the pointermove's timestamp (when the browser got the input) to the frame presented. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /**
   * From the page's handling of the pointermove to the frame presented: the app's share.
   * Chromium holds pointer moves for the next frame (rAF-aligned input), which the rest is.
   */
  fromDispatchMedianMs: number;
  fromDispatchP95Ms: number;
}
export interface ExportFigure {
  format: ExportFormatName;
  /** Animation length, ms (at speed 1). */
  durationMs: number;
  /** From the click on Export to the file saved, ms. */
  millis: number;
  /** Frames of the animation at the export's rate (duration x fps), per second of export time. */
  fps: number;
  /** Animation time per export time: above 1 is faster than real time. */
  realTime: number;
  bytes: number;
}

export const EXPORT_FORMATS = ['gif', 'webm', 'mp4', 'png-zip'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FPS = 30;
/** The default example: its whole animation lasts 23.5 s at speed 1 (issue 6 speaks of 20 s). */
export const EXPORT_EXAMPLE = 'classic';

export interface AppFigures {
  /** Run click to the first frame showing the new trace, per program. */
  firstFrame: Array<{ program: string; outcome: SectionOutcome<FirstFrame> }>;
  playback: SectionOutcome<Playback>;
  scrubber: SectionOutcome<Scrubber>;
  exports: Array<{ format: ExportFormatName; outcome: SectionOutcome<ExportFigure> }>;
  coldStart: SectionOutcome<number[]>;
}

/** The promise's value, or null when it takes longer than ms. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript(NAME_HELPER);
  await context.addInitScript(FRAME_PROBE);
  return context;
}

/**
 * One measurement in a fresh context, limited to `seconds`. A failure says whether the page still
 * answered (a script is busy vs. the harness waited for something that never came).
 */
async function section<T>(
  browser: Browser,
  name: string,
  seconds: number,
  log: (message: string) => void,
  measure: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<SectionOutcome<T>> {
  log(`app: ${name}`);
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    const value = await withTimeout(
      measure(page, context).then((v) => ({ v })),
      seconds * 1000,
    );
    if (value) return { ok: true, value: value.v, seconds: elapsed() };
    const answered = await withTimeout(
      page.evaluate(() => true),
      3000,
    );
    const error = `no result in ${seconds} s; the page ${answered ? 'still answered' : 'did not answer (its main thread is busy)'}`;
    log(`app: ${name}: ${error}`);
    return { ok: false, error, seconds: elapsed() };
  } catch (e) {
    const error = String(e instanceof Error ? e.message : e).split('\n')[0];
    log(`app: ${name} failed: ${error}`);
    return { ok: false, error, seconds: elapsed() };
  } finally {
    await withTimeout(context.close(), 10_000);
  }
}

/**
 * Loads the app at `hash` and waits until it has run that program: a trace shown and no run in
 * progress. (Waiting only for a step count once let a measurement click Run while the opening run
 * was still going: Run is Cancel then, so the trace never came and the page looked hung.)
 */
async function openApp(page: Page, origin: string, hash: string, motion: boolean): Promise<void> {
  await page.emulateMedia({ reducedMotion: motion ? 'no-preference' : 'reduce' });
  await page.goto(`${origin}/${hash}`);
  await page.waitForFunction(() => {
    const stage = document.querySelector<SVGSVGElement>('[data-testid="stage"]');
    const run = document.querySelector<HTMLElement>('[data-testid="run"]');
    return (
      stage !== null &&
      stage.dataset.trace !== undefined &&
      stage.dataset.trace !== '0' &&
      run?.dataset.running === 'false'
    );
  });
  await pause(page);
}

async function pause(page: Page): Promise<void> {
  const play = page.getByTestId('play-pause');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
}

type ProbeWindow = Window & { __afterPresent(cb: (now: number) => void): void };

/** Clicks Run inside the page; ms until the frame that shows the new trace is presented. */
async function timeRun(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const stage = document.querySelector<SVGSVGElement>('[data-testid="stage"]')!;
        const before = stage.dataset.trace;
        let start = 0;
        const observer = new MutationObserver(() => {
          const now = stage.dataset.trace;
          if (now === before || now === '0') return;
          observer.disconnect();
          (window as unknown as ProbeWindow).__afterPresent((at) => resolve(at - start));
        });
        observer.observe(stage, { attributes: true, attributeFilter: ['data-trace'] });
        start = performance.now();
        document.querySelector<HTMLButtonElement>('[data-testid="run"]')!.click();
      }),
  );
}

async function measureFirstFrame(
  page: Page,
  origin: string,
  hash: string,
  runs: number,
): Promise<FirstFrame> {
  await openApp(page, origin, hash, false);
  await timeRun(page); // warm: the worker and the code paths
  await pause(page);
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    runsMs.push(await timeRun(page));
    await pause(page);
  }
  const steps = Number(await page.getByTestId('step-total').textContent());
  return { steps, runsMs };
}

/** Plays the classic example with motion for `seconds`, counting animation frames in the page. */
async function measurePlayback(page: Page, origin: string, seconds: number): Promise<Playback> {
  await openApp(page, origin, '#example=classic', true);
  await page.keyboard.press('Home');
  const play = await page.evaluate(
    (ms) =>
      new Promise<{ frames: number; elapsed: number; deltas: number[] }>((resolve) => {
        const deltas: number[] = [];
        const button = document.querySelector<HTMLButtonElement>('[data-testid="play-pause"]')!;
        requestAnimationFrame((first) => {
          button.click();
          let last = first;
          const tick = (now: number) => {
            deltas.push(now - last);
            last = now;
            if (now - first < ms) requestAnimationFrame(tick);
            else resolve({ frames: deltas.length, elapsed: now - first, deltas });
          };
          requestAnimationFrame(tick);
        });
      }),
    seconds * 1000,
  );
  return {
    seconds: play.elapsed / 1000,
    frames: play.frames,
    fps: (play.frames * 1000) / play.elapsed,
    frameP95Ms: percentile(play.deltas, 95),
    frameMaxMs: Math.max(...play.deltas),
  };
}

/**
 * Drags across the timeline of the long program; each move timed from the pointer event's
 * timestamp to the presentation of the frame that shows the new step on the stage.
 */
async function measureScrubber(page: Page, origin: string, moves: number): Promise<Scrubber> {
  await openApp(page, origin, `#code=${encodeSource(LONG_PROGRAM)}&model=browser`, false);
  const steps = Number(await page.getByTestId('step-total').textContent());
  const box = (await page.getByTestId('timeline').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow & {
      scrub: { moved: number; latencies: number[]; fromDispatch: number[] };
    };
    w.scrub = { moved: 0, latencies: [], fromDispatch: [] };
    const stage = document.querySelector<SVGSVGElement>('[data-testid="stage"]')!;
    const timeline = document.querySelector('[data-testid="timeline"]')!;
    let pointerAt = 0;
    let dispatchedAt = 0;
    // The first event the page gets for an input: pointerrawupdate where the app listens to it
    // (it carries the same timeStamp as the pointermove that follows), else pointermove.
    const onInput = (e: Event) => {
      if (e.timeStamp === pointerAt) return;
      pointerAt = e.timeStamp;
      dispatchedAt = performance.now();
    };
    timeline.addEventListener('pointerrawupdate', onInput, { capture: true });
    timeline.addEventListener('pointermove', onInput, { capture: true });
    // The stage's data-step changes in the same call that draws the step's scene.
    new MutationObserver(() => {
      const at = pointerAt;
      const dispatched = dispatchedAt;
      w.__afterPresent((now) => {
        w.scrub.latencies.push(now - at);
        w.scrub.fromDispatch.push(now - dispatched);
        w.scrub.moved++;
      });
    }).observe(stage, { attributes: true, attributeFilter: ['data-step'] });
  });
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  // The app is at step 0 already; a first move to the middle shows that seeks are seen.
  await page.mouse.move(box.x + box.width / 2, y);
  await page.waitForFunction(
    () => (window as unknown as { scrub: { moved: number } }).scrub.moved > 0,
  );
  await page.evaluate(() => {
    const w = window as unknown as {
      scrub: { moved: number; latencies: number[]; fromDispatch: number[] };
    };
    w.scrub.moved = 0;
    w.scrub.latencies = [];
    w.scrub.fromDispatch = [];
  });
  for (let i = 1; i <= moves; i++) {
    // A stride through the width: each move lands far from the last, on a step not shown yet.
    const fraction = ((i * 37) % moves) / moves;
    await page.mouse.move(box.x + 4 + fraction * (box.width - 8), y);
    await page.waitForFunction(
      (n) => (window as unknown as { scrub: { moved: number } }).scrub.moved >= n,
      i,
      { polling: 'raf' },
    );
  }
  await page.mouse.up();
  const { latencies, fromDispatch } = await page.evaluate(
    () => (window as unknown as { scrub: { latencies: number[]; fromDispatch: number[] } }).scrub,
  );
  return {
    steps,
    moves: latencies.length,
    medianMs: median(latencies),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
    fromDispatchMedianMs: median(fromDispatch),
    fromDispatchP95Ms: percentile(fromDispatch, 95),
  };
}

/** Exports the example through the export dialog at 1080p 30 fps; the figures the dialog reports. */
async function measureExport(
  page: Page,
  origin: string,
  format: ExportFormatName,
): Promise<ExportFigure> {
  await openApp(page, origin, `#example=${EXPORT_EXAMPLE}`, false);
  await page.getByTestId('open-export').click();
  await page.getByTestId(`export-format-${format}`).check();
  await page.getByTestId('export-range-whole').check();
  await page.getByTestId('export-resolution').selectOption('1080p');
  await page.getByTestId('export-fps').selectOption(String(EXPORT_FPS));
  await page.getByTestId('export-speed').selectOption('1');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 0 }),
    page.getByTestId('export-start').click(),
  ]);
  const status = page.getByTestId('export-status');
  await page.waitForSelector('[data-testid="export-status"][data-kind="done"]', { timeout: 0 });
  const durationMs = Number(await status.getAttribute('data-duration'));
  const millis = Number(await status.getAttribute('data-millis'));
  const path = await download.path();
  const bytes = path ? (await readFile(path)).byteLength : NaN;
  return {
    format,
    durationMs,
    millis,
    fps: ((durationMs / 1000) * EXPORT_FPS) / (millis / 1000),
    realTime: durationMs / millis,
    bytes,
  };
}

/** A fresh context (empty cache) loading the app; ms from navigation start to an editable editor. */
async function measureColdStart(browser: Browser, origin: string): Promise<number> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="editor"] .cm-content[contenteditable="true"]') !==
        null,
      undefined,
      { polling: 'raf' },
    );
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}

export async function measureApp(
  webBuild: string,
  log: (message: string) => void,
  only: ReadonlySet<string> | null = null,
): Promise<AppFigures> {
  const { server, origin } = await serveStatic(webBuild);
  const closeServer = () => new Promise((resolve) => server.close(resolve));
  // A browser that cannot start (no Chromium) must not leave the server keeping the bench alive.
  const browser = await chromium.launch(CHROMIUM_LAUNCH).catch(async (error: unknown) => {
    await closeServer();
    throw error;
  });
  const skipped = <T>(): SectionOutcome<T> => ({ ok: false, error: 'skipped', seconds: 0 });
  const wanted = (name: string) => only === null || only.has(name);
  try {
    const figures: AppFigures = {
      firstFrame: [],
      playback: skipped(),
      scrubber: skipped(),
      exports: [],
      coldStart: skipped(),
    };
    const programs = [
      ...FIRST_FRAME_EXAMPLES.map((id) => ({ program: id, hash: `#example=${id}`, runs: 7 })),
      {
        program: '100,000-step loop',
        hash: `#code=${encodeSource(LONG_PROGRAM)}&model=browser`,
        runs: 3,
      },
    ];
    if (wanted('first-frame'))
      for (const { program, hash, runs } of programs)
        figures.firstFrame.push({
          program,
          outcome: await section(browser, `Run to first frame, ${program}`, 60, log, (page) =>
            measureFirstFrame(page, origin, hash, runs),
          ),
        });
    if (wanted('playback'))
      figures.playback = await section(browser, 'playback at 1920x1080', 30, log, (page) =>
        measurePlayback(page, origin, 5),
      );
    if (wanted('scrubber'))
      figures.scrubber = await section(browser, 'scrubber, 100,000 steps', 90, log, (page) =>
        measureScrubber(page, origin, 100),
      );
    if (wanted('export'))
      for (const format of EXPORT_FORMATS)
        figures.exports.push({
          format,
          outcome: await section(browser, `export ${format} at 1080p`, 180, log, (page) =>
            measureExport(page, origin, format),
          ),
        });
    if (wanted('cold-start'))
      figures.coldStart = await section(browser, 'cold start', 90, log, async () => {
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) runs.push(await measureColdStart(browser, origin));
        return runs;
      });
    return figures;
  } finally {
    await browser.close();
    await closeServer();
  }
}
