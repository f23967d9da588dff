/**
 * An animated GIF writer on gifenc, made for the stage's flat colours:
 * - one palette for the whole animation, quantized from sample frames (no colour flicker from
 *   frame to frame, and one quantization instead of one per frame);
 * - each frame stores only the rectangle that changed since the frame before (most of the stage
 *   stands still while a token moves), and a frame that changes nothing lengthens the one
 *   before instead of being written;
 * - colours are mapped to the palette through a cache kept for the whole animation (gifenc's
 *   applyPalette starts a new one for every frame, and finding the nearest colour is the slow part).
 * Pure (RGBA buffers in, bytes out) and deterministic: the same frames give the same bytes.
 */
// gifenc ships no types; this brings ours into every program that compiles this file (tests too).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./gifenc.d.ts" />
import * as gifencModule from 'gifenc';
import type { Encoder, Palette } from 'gifenc';

// gifenc is an ES module to bundlers, but CommonJS to Node, which cannot see its named exports.
const { GIFEncoder, quantize }: typeof gifencModule =
  'GIFEncoder' in gifencModule
    ? gifencModule
    : (gifencModule as unknown as { default: typeof gifencModule }).default;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * A palette for frames like `samples`: every `stride`-th pixel of each (in both directions)
 * goes into one quantization.
 */
export function paletteFor(
  samples: readonly (Uint8Array | Uint8ClampedArray)[],
  width: number,
  height: number,
  stride = 4,
): Palette {
  const perFrame = Math.ceil(width / stride) * Math.ceil(height / stride);
  const mosaic = new Uint8Array(perFrame * samples.length * 4);
  const out = new Uint32Array(mosaic.buffer);
  let o = 0;
  for (const rgba of samples) {
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
    for (let y = 0; y < height; y += stride)
      for (let x = 0; x < width; x += stride) out[o++] = pixels[y * width + x];
  }
  return quantize(mosaic.subarray(0, o * 4), 256);
}

export class GifWriter {
  private readonly encoder: Encoder = GIFEncoder();
  private previous: Uint32Array | null = null;
  /** The frame waiting for its delay to be known (a following identical frame lengthens it). */
  private pending: { rect: Rect; index: Uint8Array; delay: number } | null = null;
  private written = 0;
  /** RGB 565 bin -> palette index, or -1 while not yet needed. */
  private readonly nearest = new Int16Array(1 << 16).fill(-1);

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly palette: Palette,
  ) {}

  /** Adds a frame shown for `delay` hundredths of a second. `rgba` may be reused afterwards. */
  addFrame(rgba: Uint8Array | Uint8ClampedArray, delay: number): void {
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, this.width * this.height);
    const rect = this.previous
      ? changedRect(this.previous, pixels, this.width, this.height)
      : { x: 0, y: 0, w: this.width, h: this.height };
    if (!rect) {
      this.pending!.delay += delay;
      return;
    }
    this.flush();
    this.pending = { rect, index: this.indexed(pixels, rect), delay };
    if (!this.previous) this.previous = new Uint32Array(pixels);
    else this.previous.set(pixels);
  }

  /** Frames actually written (identical neighbours are merged). */
  get frameCount(): number {
    return this.written + (this.pending ? 1 : 0);
  }

  finish(): Uint8Array {
    this.flush();
    this.encoder.finish();
    return this.encoder.bytes();
  }

  /** The palette indices of the pixels in `r`. */
  private indexed(pixels: Uint32Array, r: Rect): Uint8Array {
    const out = new Uint8Array(r.w * r.h);
    const cache = this.nearest;
    let last = -1;
    let lastIndex = 0;
    let o = 0;
    for (let y = r.y; y < r.y + r.h; y++) {
      const row = y * this.width;
      for (let x = r.x; x < r.x + r.w; x++) {
        const c = pixels[row + x];
        if (c !== last) {
          // RGBA bytes read as a little-endian uint32: red is the low byte.
          const red = c & 0xff;
          const green = (c >> 8) & 0xff;
          const blue = (c >> 16) & 0xff;
          // Colours are binned as RGB 565, as gifenc bins them.
          const key = ((red << 8) & 0xf800) | ((green << 2) & 0x03e0) | (blue >> 3);
          let index = cache[key];
          if (index < 0) index = cache[key] = nearestIndex(this.palette, red, green, blue);
          last = c;
          lastIndex = index;
        }
        out[o++] = lastIndex;
      }
    }
    return out;
  }

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    const first = this.written === 0;
    const start = this.encoder.bytesView().length;
    this.encoder.writeFrame(p.index, p.rect.w, p.rect.h, {
      palette: first ? this.palette : undefined,
      delay: p.delay * 10,
      repeat: 0,
    });
    if (!first) {
      // gifenc places every frame at (0, 0); a partial frame goes where it changed. Its image
      // descriptor follows the 8-byte graphic control extension: separator, left, top (LE).
      const bytes = this.encoder.bytesView();
      bytes[start + 9] = p.rect.x & 0xff;
      bytes[start + 10] = p.rect.x >> 8;
      bytes[start + 11] = p.rect.y & 0xff;
      bytes[start + 12] = p.rect.y >> 8;
    }
    this.written++;
  }
}

/** The smallest rectangle holding every pixel that differs, or null when none does. */
export function changedRect(
  a: Uint32Array,
  b: Uint32Array,
  width: number,
  height: number,
): Rect | null {
  let top = -1;
  for (let y = 0; y < height && top < 0; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++)
      if (a[row + x] !== b[row + x]) {
        top = y;
        break;
      }
  }
  if (top < 0) return null;
  let bottom = top;
  for (let y = height - 1; y > top; y--) {
    const row = y * width;
    let differs = false;
    for (let x = 0; x < width; x++)
      if (a[row + x] !== b[row + x]) {
        differs = true;
        break;
      }
    if (differs) {
      bottom = y;
      break;
    }
  }
  let left = width;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    const row = y * width;
    for (let x = 0; x < left; x++)
      if (a[row + x] !== b[row + x]) {
        left = x;
        break;
      }
    for (let x = width - 1; x > right; x--)
      if (a[row + x] !== b[row + x]) {
        right = x;
        break;
      }
  }
  return { x: left, y: top, w: right - left + 1, h: bottom - top + 1 };
}

/** The palette entry closest to a colour (squared distance in RGB; the first of equals). */
function nearestIndex(palette: Palette, r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const [pr, pg, pb] = palette[i];
    const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}
