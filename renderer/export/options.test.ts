import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTIONS,
  effectiveFps,
  normalizeOptions,
  outputSize,
  partsOf,
  pixelRatioFor,
} from './options';

describe('export options', () => {
  it('turns anything stored into valid options', () => {
    expect(normalizeOptions(null)).toEqual(DEFAULT_EXPORT_OPTIONS);
    expect(normalizeOptions('junk')).toEqual(DEFAULT_EXPORT_OPTIONS);
    const o = normalizeOptions({
      format: 'avi',
      resolution: '8k',
      custom: { width: 99999, height: -4 },
      fps: 240,
      speed: 0,
      theme: 'neon',
      panels: ['console', 'nonsense', 'stack'],
      captions: 'yes',
    });
    expect(o).toEqual({
      ...DEFAULT_EXPORT_OPTIONS,
      custom: { width: 4096, height: 64 },
      fps: 60,
      speed: 0.25,
      panels: ['stack', 'console'],
    });
    expect(normalizeOptions({ ...DEFAULT_EXPORT_OPTIONS, theme: 'projector' }).theme).toBe(
      'projector',
    );
  });

  it('gives video encoders even sizes and GIFs at most 50 fps', () => {
    const custom = {
      ...DEFAULT_EXPORT_OPTIONS,
      resolution: 'custom' as const,
      custom: { width: 641, height: 361 },
    };
    expect(outputSize({ ...custom, format: 'webm' })).toEqual({ width: 640, height: 360 });
    expect(outputSize({ ...custom, format: 'gif' })).toEqual({ width: 641, height: 361 });
    expect(outputSize({ ...DEFAULT_EXPORT_OPTIONS, resolution: '4k' })).toEqual({
      width: 3840,
      height: 2160,
    });
    expect(effectiveFps({ ...DEFAULT_EXPORT_OPTIONS, format: 'gif', fps: 60 })).toBe(50);
    expect(effectiveFps({ ...DEFAULT_EXPORT_OPTIONS, format: 'mp4', fps: 60 })).toBe(60);
  });

  it('draws large outputs as the 720p stage, sharper', () => {
    expect(pixelRatioFor({ width: 1280, height: 720 })).toBe(1);
    expect(pixelRatioFor({ width: 1920, height: 1080 })).toBe(1.5);
    expect(pixelRatioFor({ width: 3840, height: 2160 })).toBe(3);
    expect(pixelRatioFor({ width: 640, height: 360 })).toBe(1);
  });

  it('lists the stage parts to draw', () => {
    expect(partsOf({ captions: false, panels: ['stack', 'console'] })).toEqual([
      'stack',
      'console',
    ]);
    expect(partsOf({ captions: true, panels: ['loop'] })).toEqual(['caption', 'loop']);
  });
});
