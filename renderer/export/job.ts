/**
 * An export job: everything needed to make the file, as plain data (it is posted to the export
 * worker). The same job always makes the same file.
 */
import type { Trace } from '../../interpreter/trace/types';
import type { StagePart } from '../scene/layout';
import type { ThemeName } from '../scene/theme';
import type { ExportFormat, Size } from './options';
import type { StepRange } from './timing';

export interface ExportJob {
  format: ExportFormat;
  trace: Trace;
  /** The steps an animation covers. */
  range: StepRange;
  /** The step a single-frame export (PNG, SVG) shows. */
  step: number;
  /** Output pixels. */
  output: Size;
  fps: number;
  speed: number;
  theme: ThemeName;
  parts: StagePart[];
  /** The app's type scale, so the export reads as the screen does. */
  fontScale: number;
  /** File name without extension. */
  name: string;
  /** The HTML player's script (only for 'html'). */
  playerScript?: string;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** Something the person should know about the file (a codec used instead of another). */
  note?: string;
  /** Pictures written (GIF and video store a still picture once). */
  frames?: number;
  /** Milliseconds of animation. */
  duration?: number;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export const EXTENSIONS: Record<ExportFormat, string> = {
  gif: 'gif',
  webm: 'webm',
  mp4: 'mp4',
  png: 'png',
  svg: 'svg',
  'png-zip': 'zip',
  html: 'html',
};

export const MIME_TYPES: Record<ExportFormat, string> = {
  gif: 'image/gif',
  webm: 'video/webm',
  mp4: 'video/mp4',
  png: 'image/png',
  svg: 'image/svg+xml',
  'png-zip': 'application/zip',
  html: 'text/html',
};

/** A file name from the program's first words or example, safe on every file system. */
export function baseName(label: string, range: StepRange | null, step: number | null): string {
  const stem =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'loopscope';
  if (step !== null) return `${stem}-step-${step + 1}`;
  if (range) return `${stem}-steps-${range.from + 1}-${range.to + 1}`;
  return stem;
}
