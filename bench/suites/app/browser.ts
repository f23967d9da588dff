/**
 * The app in Chromium through Playwright: the web build (dist/web) served by a small static
 * server, driven the way e2e/helpers.ts drives it, and timed inside the page (performance.now,
 * MutationObserver, requestAnimationFrame), so Playwright's round trips are not counted.
 *
 * "Shown" means the first animation frame after the stage's DOM changed: the frame that paints it.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { encodeSource } from '../../../renderer/app/urlState';
import { median, percentile } from '../../lib/stats';

const VIEWPORT = { width: 1920, height: 1080 };

/** tsx compiles the page functions with esbuild's `__name` helper; the page needs it too. */
const NAME_HELPER = 'window.__name = (f) => f;';

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

export interface AppFigures {
  /** Run click to the first frame showing the new trace, ms (median of runs), per program. */
  /** `hung`: the page stopped answering (its main thread busy) within the time allowed. */
  firstFrame: Array<{ program: string; steps: number; runsMs: number[]; hung: boolean }>;
  playback: {
    seconds: number;
    frames: number;
    fps: number;
    frameP95Ms: number;
    frameMaxMs: number;
  } | null;
  scrubber: { steps: number; moves: number; medianMs: number; p95Ms: number; maxMs: number } | null;
  coldStartMs: number[];
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

async function openApp(page: Page, origin: string, hash: string, motion: boolean): Promise<void> {
  await page.emulateMedia({ reducedMotion: motion ? 'no-preference' : 'reduce' });
  await page.goto(`${origin}/${hash}`);
  await page.getByTestId('stage').waitFor();
  await page.getByTestId('step-total').waitFor();
}

async function pause(page: Page): Promise<void> {
  const play = page.getByTestId('play-pause');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
}

/** Clicks Run inside the page; ms until the frame after the stage takes the new trace. */
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
          requestAnimationFrame(() => resolve(performance.now() - start));
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
): Promise<{ steps: number; runsMs: number[] }> {
  await openApp(page, origin, hash, false);
  await pause(page);
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
async function measurePlayback(page: Page, origin: string, seconds: number) {
  await openApp(page, origin, '#example=classic', true);
  await pause(page);
  await page.keyboard.press('Home');
  return page.evaluate(
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
}

/** Drags across the timeline of the long program; each move timed from the pointer event to the frame after the step counter changed. */
async function measureScrubber(page: Page, origin: string, moves: number) {
  await openApp(page, origin, `#code=${encodeSource(LONG_PROGRAM)}&model=browser`, false);
  await pause(page);
  const steps = Number(await page.getByTestId('step-total').textContent());
  const box = (await page.getByTestId('timeline').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { scrub: { moved: number; latencies: number[] } };
    w.scrub = { moved: 0, latencies: [] };
    const counter = document.querySelector('[data-testid="step-counter"]')!;
    const timeline = document.querySelector('[data-testid="timeline"]')!;
    let pointerAt = 0;
    timeline.addEventListener('pointermove', (e) => (pointerAt = e.timeStamp), { capture: true });
    new MutationObserver(() => {
      const at = pointerAt;
      requestAnimationFrame(() => {
        w.scrub.latencies.push(performance.now() - at);
        w.scrub.moved++;
      });
    }).observe(counter, { subtree: true, childList: true, characterData: true });
  });
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.waitForFunction(
    () => (window as unknown as { scrub: { moved: number } }).scrub.moved > 0,
  );
  const reset = () =>
    page.evaluate(() => {
      const w = window as unknown as { scrub: { moved: number; latencies: number[] } };
      w.scrub.moved = 0;
      w.scrub.latencies = [];
    });
  await reset();
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
  const latencies = await page.evaluate(
    () => (window as unknown as { scrub: { latencies: number[] } }).scrub.latencies,
  );
  return { steps, latencies };
}

/** A fresh context (empty cache) loading the app; ms from navigation start to an editable editor. */
async function measureColdStart(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(NAME_HELPER);
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
): Promise<AppFigures> {
  const { server, origin } = await serveStatic(webBuild);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(NAME_HELPER);
    let page = await context.newPage();
    const figures: AppFigures = { firstFrame: [], playback: null, scrubber: null, coldStartMs: [] };

    const programs = [
      ...FIRST_FRAME_EXAMPLES.map((id) => ({ program: id, hash: `#example=${id}`, runs: 7 })),
      {
        program: '100,000-step loop',
        hash: `#code=${encodeSource(LONG_PROGRAM)}&model=browser`,
        runs: 3,
      },
    ];
    for (const { program, hash, runs } of programs) {
      log(`app: Run to first frame, ${program}`);
      const r = await withTimeout(measureFirstFrame(page, origin, hash, runs), 30_000);
      if (r) figures.firstFrame.push({ program, ...r, hung: false });
      else {
        log(`app: ${program} did not answer in 30 s; a fresh page goes on`);
        figures.firstFrame.push({ program, steps: NaN, runsMs: [], hung: true });
        await page.close().catch(() => undefined);
        page = await context.newPage();
      }
    }

    log('app: playback at 1920x1080');
    const seconds = 5;
    const play = await measurePlayback(page, origin, seconds);
    figures.playback = {
      seconds: play.elapsed / 1000,
      frames: play.frames,
      fps: (play.frames * 1000) / play.elapsed,
      frameP95Ms: percentile(play.deltas, 95),
      frameMaxMs: Math.max(...play.deltas),
    };

    log('app: scrubber on the 100,000-step trace');
    const scrub = await measureScrubber(page, origin, 100);
    figures.scrubber = {
      steps: scrub.steps,
      moves: scrub.latencies.length,
      medianMs: median(scrub.latencies),
      p95Ms: percentile(scrub.latencies, 95),
      maxMs: Math.max(...scrub.latencies),
    };
    await context.close();

    log('app: cold start');
    for (let i = 0; i < 5; i++) figures.coldStartMs.push(await measureColdStart(browser, origin));
    return figures;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
