/**
 * What an export makes and how: the formats, the person's choices (remembered between exports)
 * and the sizes they lead to. Pure: no DOM.
 */
import { STAGE_PARTS, type StagePart } from '../scene/layout';
import { THEME_NAMES, type ThemeName } from '../scene/theme';

export type ExportFormat = 'gif' | 'webm' | 'mp4' | 'png' | 'svg' | 'png-zip' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'gif',
  'webm',
  'mp4',
  'png',
  'svg',
  'png-zip',
  'html',
];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  gif: 'Animated GIF',
  webm: 'WebM video (VP9)',
  mp4: 'MP4 video (H.264)',
  png: 'PNG of this frame',
  svg: 'SVG of this frame',
  'png-zip': 'PNG sequence (zip)',
  html: 'HTML player',
};

/** Formats that show one frame (the current step) rather than an animation. */
export function isSingleFrame(format: ExportFormat): boolean {
  return format === 'png' || format === 'svg';
}

export type ResolutionPreset = '720p' | '1080p' | '4k' | 'custom';
export const RESOLUTIONS: Record<Exclude<ResolutionPreset, 'custom'>, Size> = {
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
  '4k': { width: 3840, height: 2160 },
};

export interface Size {
  width: number;
  height: number;
}

/** The stage parts a person can leave out; the caption has its own switch. */
export type PanelPart = Exclude<StagePart, 'caption'>;
export const PANEL_PARTS = STAGE_PARTS.filter((p): p is PanelPart => p !== 'caption');
export const PANEL_LABELS: Record<PanelPart, string> = {
  stack: 'Call stack',
  host: 'Web / Node APIs',
  promises: 'Promises',
  loop: 'Event loop',
  queues: 'Queues',
  console: 'Console',
};

export interface ExportOptions {
  format: ExportFormat;
  resolution: ResolutionPreset;
  /** Used when `resolution` is 'custom'. */
  custom: Size;
  fps: number;
  /** Playback speed, as on screen: 1 shows each event step for 0.9 s. */
  speed: number;
  /** 'screen' follows the app's theme at the time of the export. */
  theme: ThemeName | 'screen';
  panels: PanelPart[];
  captions: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'webm',
  resolution: '1080p',
  custom: { width: 1600, height: 900 },
  fps: 30,
  speed: 1,
  theme: 'screen',
  panels: [...PANEL_PARTS],
  captions: true,
};

export const FPS_CHOICES = [10, 15, 24, 25, 30, 50, 60] as const;
/** GIF delays are counted in hundredths of a second, and browsers slow down anything under 2. */
export const GIF_MAX_FPS = 50;
export const MIN_SIDE = 64;
export const MAX_SIDE = 4096;
/** Longer animations are refused: they would take too long and make files nobody can use. */
export const MAX_DURATION_MS = 15 * 60 * 1000;

/** Makes any stored or typed-in value a valid set of options (unknown values become defaults). */
export function normalizeOptions(value: unknown): ExportOptions {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<string, unknown>>;
  const d = DEFAULT_EXPORT_OPTIONS;
  const format = EXPORT_FORMATS.includes(v.format as ExportFormat)
    ? (v.format as ExportFormat)
    : d.format;
  const resolution = ['720p', '1080p', '4k', 'custom'].includes(v.resolution as string)
    ? (v.resolution as ResolutionPreset)
    : d.resolution;
  const custom = (v.custom && typeof v.custom === 'object' ? v.custom : {}) as Partial<Size>;
  const theme =
    v.theme === 'screen' || THEME_NAMES.includes(v.theme as ThemeName)
      ? (v.theme as ThemeName | 'screen')
      : d.theme;
  const panels = Array.isArray(v.panels)
    ? PANEL_PARTS.filter((p) => (v.panels as unknown[]).includes(p))
    : d.panels;
  return {
    format,
    resolution,
    custom: {
      width: side(custom.width, d.custom.width),
      height: side(custom.height, d.custom.height),
    },
    fps: clampNumber(v.fps, 1, 60, d.fps, true),
    speed: clampNumber(v.speed, 0.25, 4, d.speed, false),
    theme,
    panels,
    captions: typeof v.captions === 'boolean' ? v.captions : d.captions,
  };
}

function side(value: unknown, fallback: number): number {
  return clampNumber(value, MIN_SIDE, MAX_SIDE, fallback, true);
}

function clampNumber(
  value: unknown,
  lo: number,
  hi: number,
  fallback: number,
  integer: boolean,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const v = Math.max(lo, Math.min(hi, value));
  return integer ? Math.round(v) : v;
}

/** The size of the file's frames in pixels. Video encoders need even sides. */
export function outputSize(options: ExportOptions): Size {
  const size = options.resolution === 'custom' ? options.custom : RESOLUTIONS[options.resolution];
  if (options.format === 'webm' || options.format === 'mp4')
    return { width: size.width & ~1, height: size.height & ~1 };
  return { ...size };
}

/** The frame rate a format can hold. */
export function effectiveFps(options: ExportOptions): number {
  return options.format === 'gif' ? Math.min(options.fps, GIF_MAX_FPS) : options.fps;
}

/**
 * How many output pixels one stage pixel takes. Up to 720p the stage is laid out at the output
 * size; a larger output shows the same 720p layout drawn sharper (a 4K export looks like the
 * 720p one, not like a tiny stage in a huge frame).
 */
export function pixelRatioFor(output: Size): number {
  return Math.max(1, Math.min(output.width / 1280, output.height / 720));
}

/** The stage parts an export draws. */
export function partsOf(options: Pick<ExportOptions, 'panels' | 'captions'>): StagePart[] {
  return [...(options.captions ? (['caption'] as const) : []), ...options.panels];
}
