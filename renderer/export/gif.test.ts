import { GifReader } from 'omggif';
import { describe, expect, it } from 'vitest';
import { changedRect, GifWriter, paletteFor } from './gif';

const W = 64;
const H = 40;
const COLOURS = [
  [244, 246, 250],
  [47, 98, 208],
  [213, 106, 0],
  [35, 128, 58],
];

/** A frame: background, and a block of colour `c` at (x, y). */
function frame(x: number, y: number, c = 1): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let i = 0; i < W * H; i++) {
    const px = i % W;
    const py = Math.floor(i / W);
    const inside = px >= x && px < x + 10 && py >= y && py < y + 8;
    const [r, g, b] = COLOURS[inside ? c : 0];
    rgba.set([r, g, b, 255], i * 4);
  }
  return rgba;
}

function encode(frames: Uint8ClampedArray[], delays: number[]): Uint8Array {
  const writer = new GifWriter(W, H, paletteFor(frames, W, H, 1));
  frames.forEach((f, i) => writer.addFrame(f, delays[i]));
  return writer.finish();
}

/** Decodes every frame onto one canvas, as a viewer shows them. */
function decode(bytes: Uint8Array) {
  const reader = new GifReader(bytes);
  const canvas = new Uint8ClampedArray(reader.width * reader.height * 4);
  const shown: Uint8ClampedArray[] = [];
  const infos = [];
  for (let i = 0; i < reader.numFrames(); i++) {
    infos.push(reader.frameInfo(i));
    reader.decodeAndBlitFrameRGBA(i, canvas);
    shown.push(canvas.slice());
  }
  return { reader, shown, infos };
}

describe('the GIF writer', () => {
  const frames = [frame(2, 2), frame(12, 2), frame(12, 2), frame(30, 20, 2), frame(30, 20, 3)];
  const delays = [50, 3, 4, 3, 100];

  it('writes frames a viewer shows exactly, merging a frame that changes nothing', () => {
    const { reader, shown, infos } = decode(encode(frames, delays));
    expect([reader.width, reader.height]).toEqual([W, H]);
    expect(reader.loopCount()).toBe(0);
    // frames[2] repeats frames[1]: it lengthens it instead of being written.
    expect(reader.numFrames()).toBe(4);
    expect(infos.map((f) => f.delay)).toEqual([50, 7, 3, 100]);
    const expected = [frames[0], frames[1], frames[3], frames[4]];
    shown.forEach((s, i) => expect(Buffer.from(s).equals(Buffer.from(expected[i]))).toBe(true));
  });

  it('stores only the rectangle that changed', () => {
    const { infos } = decode(encode(frames, delays));
    expect(infos[0]).toMatchObject({ x: 0, y: 0, width: W, height: H });
    // The block moved from x 2..11 to 12..21 on rows 2..9.
    expect(infos[1]).toMatchObject({ x: 2, y: 2, width: 20, height: 8 });
    expect(infos[3]).toMatchObject({ x: 30, y: 20, width: 10, height: 8 });
    // One palette for all: later frames carry no colour table of their own.
    expect(infos.slice(1).every((f) => f.palette_offset === infos[0].palette_offset)).toBe(true);
  });

  it('makes the same bytes from the same frames', () => {
    expect(Buffer.from(encode(frames, delays)).equals(Buffer.from(encode(frames, delays)))).toBe(
      true,
    );
  });

  it('finds the changed rectangle, or none', () => {
    const a = new Uint32Array(frame(2, 2).buffer);
    expect(changedRect(a, a, W, H)).toBeNull();
    const b = new Uint32Array(frame(3, 5).buffer);
    expect(changedRect(a, b, W, H)).toEqual({ x: 2, y: 2, w: 11, h: 11 });
  });
});
