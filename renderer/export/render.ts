/**
 * Makes an export's file from its job: frames rendered offline, one by one, from the Scene the
 * stage draws (frames.ts), painted with the Canvas 2D painter on an OffscreenCanvas, then
 * encoded. Runs in the export worker (export.worker.ts), so the UI never waits for it.
 */
import { zipSync } from 'fflate';
import { paintCanvas } from '../scene/paintCanvas';
import { themeNamed } from '../scene/theme';
import { indexTrace } from '../scene/traceIndex';
import type { Scene } from '../scene/types';
import { SceneSource } from './frames';
import { GifWriter, paletteFor } from './gif';
import {
  EXTENSIONS,
  MIME_TYPES,
  type ExportFile,
  type ExportJob,
  type ExportProgress,
} from './job';
import { MAX_DURATION_MS, pixelRatioFor } from './options';
import { buildPlayerHtml, PLAYER_DATA_VERSION } from './player/html';
import { sceneToSvg } from './svg';
import {
  formatDuration,
  gifDelays,
  planFrames,
  planTimeline,
  type FramePlan,
  type Timeline,
} from './timing';
import { chooseCodec, createVideoWriter } from './video';

type Report = (progress: ExportProgress) => void;

/** Zip entries get this date, so the same frames make the same zip. */
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

export async function renderExport(job: ExportJob, report: Report): Promise<ExportFile> {
  const file = (bytes: Uint8Array, extra: Partial<ExportFile> = {}): ExportFile => ({
    name: `${job.name}.${EXTENSIONS[job.format]}`,
    mime: MIME_TYPES[job.format],
    bytes,
    ...extra,
  });
  const index = indexTrace(job.trace);
  const ratio = pixelRatioFor(job.output);
  const theme = themeNamed(job.theme);
  const scenes = new SceneSource(job.trace, index, {
    size: {
      width: job.output.width / ratio,
      height: job.output.height / ratio,
      fontScale: job.fontScale,
    },
    theme,
    parts: new Set(job.parts),
  });

  switch (job.format) {
    case 'svg':
      return file(new TextEncoder().encode(sceneToSvg(scenes.sceneOfStep(job.step), job.output)));
    case 'png': {
      const canvas = new Painter(job.output.width, job.output.height, ratio);
      canvas.paint(scenes.sceneOfStep(job.step));
      return file(await canvas.png());
    }
    case 'html': {
      if (!job.playerScript) throw new Error('the HTML player script is missing');
      const html = buildPlayerHtml(
        {
          version: PLAYER_DATA_VERSION,
          title: job.name,
          trace: job.trace,
          range: job.range,
          speed: job.speed,
          theme: job.theme,
          parts: job.parts,
          fontScale: job.fontScale,
        },
        job.playerScript,
        theme.background,
      );
      return file(new TextEncoder().encode(html));
    }
    default:
      break;
  }

  const timeline = planTimeline(index, job.range, job.speed);
  if (timeline.duration > MAX_DURATION_MS)
    throw new Error(
      `This range plays for ${formatDuration(timeline.duration)}; an export can be at most ` +
        `${formatDuration(MAX_DURATION_MS)}. Choose fewer steps or a higher speed.`,
    );
  const plan = planFrames(timeline, job.fps);
  const canvas = new Painter(job.output.width, job.output.height, ratio);
  const sceneOf = (i: number) => scenes.sceneAt(timeline, plan.pictures[i].moment);
  const summary = { frames: plan.pictures.length, duration: timeline.duration };

  switch (job.format) {
    case 'gif': {
      const gif = await renderGif(canvas, plan, timeline, scenes, sceneOf, report);
      return file(gif.bytes, { ...summary, frames: gif.frames });
    }
    case 'webm':
    case 'mp4': {
      const choice = await chooseCodec(job.format, job.output, job.fps);
      const writer = await createVideoWriter(job.format, choice, job.fps);
      for (let i = 0; i < plan.pictures.length; i++) {
        canvas.paint(sceneOf(i));
        const { first, count } = plan.pictures[i];
        await writer.add(await canvas.pixels('BGRA'), first, count);
        report({ done: i + 1, total: plan.pictures.length });
      }
      const bytes = await writer.finish();
      return file(bytes, { ...summary, frames: writer.frames, note: choice.note });
    }
    case 'png-zip': {
      // Video editors want every frame at the constant rate: a held picture is encoded once and
      // stored under each of its frame numbers.
      const entries: Record<string, Uint8Array> = {};
      const digits = Math.max(5, String(plan.frameCount).length);
      for (let i = 0; i < plan.pictures.length; i++) {
        canvas.paint(sceneOf(i));
        const png = await canvas.png();
        const { first, count } = plan.pictures[i];
        for (let k = first; k < first + count; k++)
          entries[`frame-${String(k + 1).padStart(digits, '0')}.png`] = png;
        report({ done: i + 1, total: plan.pictures.length });
      }
      // PNGs are compressed already: store them.
      const zip = zipSync(entries, { level: 0, mtime: ZIP_DATE });
      return file(zip, { frames: plan.frameCount, duration: timeline.duration });
    }
  }
}

async function renderGif(
  canvas: Painter,
  plan: FramePlan,
  timeline: Timeline,
  scenes: SceneSource,
  sceneOf: (i: number) => Scene,
  report: Report,
): Promise<{ bytes: Uint8Array; frames: number }> {
  const { width, height } = canvas.canvas;
  // One palette for the whole animation, from (up to) 16 of its stops, evenly spread.
  const samples: Uint8Array[] = [];
  const stops = timeline.stops;
  const sampleCount = Math.min(16, stops.length);
  for (let s = 0; s < sampleCount; s++) {
    const stop = stops[Math.round((s * (stops.length - 1)) / Math.max(1, sampleCount - 1))];
    canvas.paint(scenes.sceneOfStep(stop));
    samples.push((await canvas.pixels()).slice());
  }
  const writer = new GifWriter(width, height, paletteFor(samples, width, height));
  const delays = gifDelays(plan);
  for (let i = 0; i < plan.pictures.length; i++) {
    canvas.paint(sceneOf(i));
    writer.addFrame(await canvas.pixels(), delays[i]);
    report({ done: i + 1, total: plan.pictures.length });
  }
  // Pictures that came out identical were merged: count what was written.
  const frames = writer.frameCount;
  return { bytes: writer.finish(), frames };
}

/** An OffscreenCanvas of the output size that paints scenes at the export's pixel ratio. */
class Painter {
  readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;
  private buffer: Uint8Array | null = null;
  private slowReadBack = false;

  constructor(
    width: number,
    height: number,
    private readonly ratio: number,
  ) {
    this.canvas = new OffscreenCanvas(width, height);
    // A canvas read back often is drawn by the CPU: every frame is read back, and the CPU
    // rasterizer draws the same pixels every time (exports are deterministic).
    const ctx = this.canvas.getContext('2d', { alpha: false, willReadFrequently: true });
    if (!ctx) throw new Error('this browser cannot draw on an OffscreenCanvas');
    this.ctx = ctx;
  }

  paint(scene: Scene): void {
    paintCanvas(this.ctx, scene, { scale: this.ratio });
  }

  /** The canvas's pixels, RGBA or BGRA. Valid until the next call (the buffer is reused). */
  async pixels(format: 'RGBA' | 'BGRA' = 'RGBA'): Promise<Uint8Array> {
    const { width, height } = this.canvas;
    this.buffer ??= new Uint8Array(width * height * 4);
    // Copying through a VideoFrame is about ten times faster than getImageData in Chromium.
    if (typeof VideoFrame !== 'undefined' && !this.slowReadBack) {
      const frame = new VideoFrame(this.canvas, { timestamp: 0 });
      try {
        await frame.copyTo(this.buffer, { format });
        return this.buffer;
      } catch {
        // This browser's copyTo cannot convert: read the slow way from now on.
        this.slowReadBack = true;
      } finally {
        frame.close();
      }
    }
    this.buffer.set(this.ctx.getImageData(0, 0, width, height).data);
    if (format === 'BGRA') {
      const b = this.buffer;
      for (let i = 0; i < b.length; i += 4) {
        const red = b[i];
        b[i] = b[i + 2];
        b[i + 2] = red;
      }
    }
    return this.buffer;
  }

  async png(): Promise<Uint8Array> {
    const blob = await this.canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  }
}
