/**
 * Export, end to end: every format is made from the app in Chromium, captured as a download,
 * and read back — GIFs decoded (omggif), videos opened with mediabunny's reader, PNGs and SVGs
 * measured, the PNG zip unpacked, the HTML player opened from file:// (alone and in an iframe)
 * and stepped through with the keyboard. What the files must hold is computed here from the same
 * program, run by the interpreter in Node, and the export clock (renderer/export/timing.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { GifReader } from 'omggif';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { run } from '../interpreter/index';
import { exampleById } from '../renderer/examples/examples';
import { indexTrace } from '../renderer/scene/traceIndex';
import {
  clampRange,
  gifDelays,
  planFrames,
  planTimeline,
  type StepRange,
} from '../renderer/export/timing';
import { openApp, runProgram, settled } from './helpers';

const classic = exampleById('classic')!;
const index = indexTrace(run(classic.source, { model: classic.model }));
const whole = clampRange(null, index.stepCount);

interface Choices {
  format: string;
  resolution?: '720p' | '1080p' | '4k' | { width: number; height: number };
  fps?: number;
  speed?: number;
  theme?: string;
  /** 0-based, inclusive; omitted: the whole trace. */
  range?: StepRange;
}

async function openExport(page: Page): Promise<void> {
  await openApp(page);
  await runProgram(page);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

async function choose(page: Page, c: Choices): Promise<void> {
  await page.getByTestId(`export-format-${c.format}`).check();
  if (c.range) {
    await page.getByTestId('export-range-steps').check();
    await page.getByTestId('export-range-to').fill(String(c.range.to + 1));
    await page.getByTestId('export-range-from').fill(String(c.range.from + 1));
  } else if (await page.getByTestId('export-range-whole').isEnabled()) {
    await page.getByTestId('export-range-whole').check();
  }
  const resolution = c.resolution;
  if (resolution && c.format !== 'html') {
    if (typeof resolution === 'string') {
      await page.getByTestId('export-resolution').selectOption(resolution);
    } else {
      await page.getByTestId('export-resolution').selectOption('custom');
      await page.getByTestId('export-width').fill(String(resolution.width));
      await page.getByTestId('export-height').fill(String(resolution.height));
    }
  }
  if (c.fps) await page.getByTestId('export-fps').selectOption(String(c.fps));
  if (c.speed) await page.getByTestId('export-speed').selectOption(String(c.speed));
  if (c.theme) await page.getByTestId('export-theme').selectOption(c.theme);
}

/** Starts the export and returns the downloaded file, once the dialog says it is saved. */
async function exportFile(page: Page): Promise<{ name: string; bytes: Buffer; frames: number }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('export-start').click(),
  ]);
  const status = page.getByTestId('export-status');
  await expect(status).toHaveAttribute('data-kind', 'done', { timeout: 120_000 });
  const bytes = readFileSync((await download.path())!);
  expect(await status.getAttribute('data-name')).toBe(download.suggestedFilename());
  return {
    name: download.suggestedFilename(),
    bytes,
    frames: Number((await status.getAttribute('data-frames')) ?? NaN),
  };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect(Buffer.from(bytes.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function readVideo(bytes: Uint8Array) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  let packets = 0;
  for await (const packet of new EncodedPacketSink(track).packets()) if (packet) packets++;
  return {
    mime: await input.getMimeType(),
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    duration: await input.computeDuration(),
    packets,
  };
}

test.describe('export', () => {
  test.describe.configure({ timeout: 180_000 });

  test('GIF: the frames, size and delays of the animation; the same range gives the same bytes', async ({
    page,
  }) => {
    await openExport(page);
    const range = { from: 0, to: index.eventSteps[12] };
    await choose(page, { format: 'gif', resolution: { width: 640, height: 360 }, fps: 15, range });
    const first = await exportFile(page);
    expect(first.name).toBe(`classic-steps-1-${range.to + 1}.gif`);

    const plan = planFrames(planTimeline(index, range, 1), 15);
    const gif = new GifReader(first.bytes);
    expect([gif.width, gif.height]).toEqual([640, 360]);
    expect(gif.loopCount()).toBe(0);
    // A picture identical to the one before lengthens it instead of being written.
    expect(gif.numFrames()).toBe(first.frames);
    expect(gif.numFrames()).toBeLessThanOrEqual(plan.pictures.length);
    expect(gif.numFrames()).toBeGreaterThanOrEqual(13);
    const delays = Array.from({ length: gif.numFrames() }, (_, i) => gif.frameInfo(i).delay);
    expect(delays.reduce((a, b) => a + b, 0)).toBe(gifDelays(plan).reduce((a, b) => a + b, 0));
    expect(delays.reduce((a, b) => a + b, 0)).toBe(Math.round((plan.frameCount * 100) / 15));
    // The first stop is held for a whole step interval (0.9 s at 1x) before anything moves (a
    // little longer if the first moving picture is still too close to tell apart).
    expect(delays[0]).toBeGreaterThanOrEqual(gifDelays(plan)[0]);
    expect(gifDelays(plan)[0]).toBe(Math.round((Math.ceil(0.9 * 15) * 100) / 15));

    const again = await exportFile(page);
    expect(again.bytes.equals(first.bytes)).toBe(true);
  });

  test('WebM: VP9, with the animation’s size, duration and frames', async ({ page }) => {
    await openExport(page);
    await choose(page, { format: 'webm', resolution: '720p', fps: 30 });
    const file = await exportFile(page);
    expect(file.name).toBe('classic.webm');
    const plan = planFrames(planTimeline(index, whole, 1), 30);
    const video = await readVideo(file.bytes);
    expect(video.mime).toMatch(/^video\/webm/);
    expect(video.codec).toBe('vp9');
    expect([video.width, video.height]).toEqual([1280, 720]);
    expect(video.duration).toBeCloseTo(plan.frameCount / 30, 1);
    // One frame per picture (a held stop is one long frame), and the held end written once more.
    expect(video.packets).toBe(file.frames);
    expect(video.packets).toBe(plan.pictures.length + (plan.pictures.at(-1)!.count > 1 ? 1 : 0));
  });

  test('MP4: H.264 where the browser has it (otherwise the dialog says what was made)', async ({
    page,
  }) => {
    await openExport(page);
    const range = { from: index.eventSteps[3], to: index.eventSteps[15] };
    await choose(page, { format: 'mp4', resolution: '1080p', fps: 24, speed: 2, range });
    const file = await exportFile(page);
    const plan = planFrames(planTimeline(index, range, 2), 24);
    const video = await readVideo(file.bytes);
    expect(video.mime).toMatch(/^video\/mp4/);
    if (video.codec === 'avc') await expect(page.getByTestId('export-note')).toHaveCount(0);
    else await expect(page.getByTestId('export-note')).toContainText('cannot encode H.264');
    expect([video.width, video.height]).toEqual([1920, 1080]);
    expect(video.duration).toBeCloseTo(plan.frameCount / 24, 1);
    expect(video.packets).toBe(plan.pictures.length);
  });

  test('PNG and SVG of the current frame: their size, the panel labels, and the same bytes twice', async ({
    page,
  }) => {
    await openExport(page);
    await page.getByTestId('close-dialog').click();
    for (let i = 0; i < 6; i++) await page.getByTestId('step-forward-event').click();
    await settled(page);
    const step = Number(await page.getByTestId('step-current').textContent());
    await page.getByTestId('open-export').click();

    await choose(page, { format: 'png', resolution: '1080p', theme: 'projector' });
    const png = await exportFile(page);
    expect(png.name).toBe(`classic-step-${step}.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
    const pngAgain = await exportFile(page);
    expect(pngAgain.bytes.equals(png.bytes)).toBe(true);

    await choose(page, { format: 'svg', resolution: { width: 1000, height: 640 } });
    const svg = (await exportFile(page)).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*width="1000" height="640" viewBox="0 0 1000 640"/);
    for (const title of [
      'Call stack',
      'Web APIs',
      'Promises',
      'Event loop',
      'Microtask queue',
      'Task queue',
      'Console',
    ])
      expect(svg).toContain(`aria-label="${title}"`);
    // The stage's own picture of this step: the same console lines.
    const lines = await page
      .locator('[data-testid="stage"] g[data-role="console-line"]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(svg).toContain(`aria-label="${line}"`);
  });

  test('panels and captions can be left out', async ({ page }) => {
    await openExport(page);
    await choose(page, { format: 'svg', resolution: '720p' });
    for (const panel of ['host', 'promises', 'loop', 'queues'])
      await page.getByTestId(`export-panel-${panel}`).uncheck();
    await page.getByTestId('export-captions').uncheck();
    const svg = (await exportFile(page)).bytes.toString('utf8');
    const panels = new Set([...svg.matchAll(/data-panel="([^"]+)"/g)].map((m) => m[1]));
    expect(panels).toEqual(new Set(['stack', 'console']));
  });

  test('PNG sequence: a zip with every frame at the frame rate', async ({ page }) => {
    await openExport(page);
    const range = { from: 0, to: index.eventSteps[4] };
    await choose(page, {
      format: 'png-zip',
      resolution: { width: 480, height: 270 },
      fps: 10,
      range,
    });
    const file = await exportFile(page);
    const plan = planFrames(planTimeline(index, range, 1), 10);
    const entries = unzipSync(file.bytes);
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(plan.frameCount);
    expect(names[0]).toBe('frame-00001.png');
    expect(names.at(-1)).toBe(`frame-${String(plan.frameCount).padStart(5, '0')}.png`);
    for (const name of [names[0], names[7], names.at(-1)!])
      expect(pngSize(entries[name])).toEqual({ width: 480, height: 270 });
    // A held stop is the same picture on each of its frames.
    expect(Buffer.from(entries[names[0]]).equals(Buffer.from(entries[names[1]]))).toBe(true);
  });

  test('the HTML player works from file://, alone and inside a slide deck’s iframe, offline', async ({
    page,
    context,
  }, testInfo) => {
    await openExport(page);
    await choose(page, { format: 'html', theme: 'dark' });
    const file = await exportFile(page);
    expect(file.name).toBe('classic.html');
    const stops = planTimeline(index, whole, 1).stops;
    const playerPath = testInfo.outputPath('classic.html');
    writeFileSync(playerPath, file.bytes);
    const deckPath = testInfo.outputPath('deck.html');
    writeFileSync(
      deckPath,
      '<!doctype html><title>Deck</title><section><h1>The event loop</h1>' +
        '<iframe src="classic.html" width="960" height="540" title="Loopscope"></iframe></section>',
    );

    // Nothing may be fetched but the files themselves.
    const requests: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });

    const player = await context.newPage();
    await player.goto(pathToFileURL(playerPath).href);
    const root = player.locator('#loopscope-player');
    await expect(player.getByTestId('player-count')).toHaveText(`Step 1 of ${stops.length}`);
    await expect(root).toHaveAttribute('data-stop', '0');
    await player.keyboard.press('ArrowRight');
    await expect(root).toHaveAttribute('data-settled', 'true');
    await expect(root).toHaveAttribute('data-stop', '1');
    await expect(root).toHaveAttribute('data-step', String(stops[1]));
    await player.keyboard.press('End');
    await expect(player.getByTestId('player-count')).toHaveText(
      `Step ${stops.length} of ${stops.length}`,
    );
    await expect(player.getByTestId('player-caption')).toContainText('the program is done');
    await player.keyboard.press('ArrowLeft');
    await expect(root).toHaveAttribute('data-settled', 'true');
    await expect(root).toHaveAttribute('data-stop', String(stops.length - 2));
    await player.keyboard.press('Home');
    await expect(root).toHaveAttribute('data-stop', '0');
    await player.keyboard.press(' ');
    await expect(root).toHaveAttribute('data-playing', 'true');
    await expect(root).not.toHaveAttribute('data-stop', '0');
    await player.keyboard.press(' ');
    await expect(root).toHaveAttribute('data-playing', 'false');
    // The scrubber jumps to a step.
    await player.getByTestId('player-scrubber').fill('5');
    await expect(root).toHaveAttribute('data-stop', '5');

    const deck = await context.newPage();
    await deck.goto(pathToFileURL(deckPath).href);
    const frame = deck.frameLocator('iframe');
    const inFrame = frame.locator('#loopscope-player');
    await expect(inFrame).toHaveAttribute('data-stop', '0');
    await frame.locator('canvas').click();
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('ArrowRight');
    await expect(inFrame).toHaveAttribute('data-settled', 'true');
    await expect(inFrame).toHaveAttribute('data-stop', '2');
    await frame.getByTestId('player-next').click();
    await expect(inFrame).toHaveAttribute('data-stop', '3');

    expect(requests).toEqual([]);
  });

  test('copy frame puts a PNG of the current frame on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExport(page);
    await choose(page, { format: 'png', resolution: '720p' });
    await page.getByTestId('export-copy').click();
    await expect(page.getByTestId('export-status')).toHaveAttribute('data-kind', 'copied');
    const size = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return { width: bitmap.width, height: bitmap.height };
    });
    expect(size).toEqual({ width: 1280, height: 720 });
  });

  test('an export can be cancelled: nothing is saved, and the app stays responsive meanwhile', async ({
    page,
  }) => {
    await openExport(page);
    await choose(page, { format: 'webm', resolution: '4k', fps: 60 });
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('export-start').click();
    const progress = page.getByTestId('export-progress');
    await expect(progress).toBeVisible();
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await expect(page.getByTestId('export-status')).toContainText('left');

    // While it runs, the app still answers: close the dialog and step.
    await page.getByTestId('close-dialog').click();
    await expect(page.getByTestId('open-export')).toHaveText(/Exporting \d+%/);
    const before = Number(await page.getByTestId('step-current').textContent());
    await page.getByTestId('step-forward-event').click();
    await expect(page.getByTestId('step-current')).not.toHaveText(String(before));

    await page.getByTestId('open-export').click();
    await page.getByTestId('export-cancel').click();
    await expect(page.getByTestId('export-status')).toHaveAttribute('data-kind', 'cancelled');
    await expect(page.getByTestId('open-export')).toHaveText('Export…');
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  test('the choices are remembered', async ({ page }) => {
    await openExport(page);
    await choose(page, {
      format: 'gif',
      resolution: { width: 800, height: 450 },
      fps: 24,
      speed: 2,
      theme: 'projector',
    });
    await page.getByTestId('export-panel-promises').uncheck();
    await page.reload();
    await expect(page.getByTestId('step-total')).toBeVisible();
    await page.getByTestId('open-export').click();
    await expect(page.getByTestId('export-format-gif')).toBeChecked();
    await expect(page.getByTestId('export-resolution')).toHaveValue('custom');
    await expect(page.getByTestId('export-width')).toHaveValue('800');
    await expect(page.getByTestId('export-height')).toHaveValue('450');
    await expect(page.getByTestId('export-fps')).toHaveValue('24');
    await expect(page.getByTestId('export-speed')).toHaveValue('2');
    await expect(page.getByTestId('export-theme')).toHaveValue('projector');
    await expect(page.getByTestId('export-panel-promises')).not.toBeChecked();
    await expect(page.getByTestId('export-panel-console')).toBeChecked();
  });
});
