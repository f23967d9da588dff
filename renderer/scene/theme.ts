/**
 * Themes: the colours and type of the stage (and, through CSS variables, of the UI around it).
 * `projector` is for talks: high contrast on white (projectors wash out dark backgrounds and thin
 * lines), large type, thick strokes.
 */
import type { JobKind, PromiseState, TaskSource } from '../../interpreter/trace/types';

export type ThemeName = 'light' | 'dark' | 'projector';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

/** A token's colours: a soft fill, a strong stroke/accent, and text that reads on the fill. */
export interface Swatch {
  fill: string;
  stroke: string;
  text: string;
}

export interface Theme {
  name: ThemeName;
  /** Base font size in px for a stage about 1100x700; the layout scales it with the stage. */
  fontSize: number;
  strokeWidth: number;
  fonts: { sans: string; mono: string };
  background: string;
  panel: { fill: string; stroke: string; title: string };
  text: string;
  muted: string;
  caption: { fill: string; text: string; stroke: string };
  frame: Swatch;
  scriptFrame: Swatch;
  /** An async function or generator suspended at an await or a yield: a muted, dashed frame. */
  suspended: Swatch;
  job: Record<JobKind, Swatch>;
  task: Record<TaskSource, Swatch>;
  hostWork: Swatch;
  progressTrack: string;
  promise: Record<PromiseState, Swatch>;
  console: { log: string; info: string; warn: string; error: string; current: string };
  ring: { idle: string; active: string; text: string };
  arrow: string;
  /** CSS variables for the React UI around the stage. */
  ui: Record<string, string>;
}

const SANS =
  '"Inter", "Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
const MONO =
  '"JetBrains Mono", "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

const light: Theme = {
  name: 'light',
  fontSize: 16,
  strokeWidth: 1.5,
  fonts: { sans: SANS, mono: MONO },
  background: '#f4f6fa',
  panel: { fill: '#ffffff', stroke: '#d3d8e2', title: '#4b5366' },
  text: '#1b2030',
  muted: '#687187',
  caption: { fill: '#1f2a44', text: '#ffffff', stroke: '#1f2a44' },
  frame: { fill: '#dce8ff', stroke: '#2f62d0', text: '#10224d' },
  scriptFrame: { fill: '#e9edf5', stroke: '#6b7489', text: '#1b2030' },
  suspended: { fill: '#f7f8fb', stroke: '#7a8294', text: '#2b3347' },
  job: {
    'promise-reaction': { fill: '#ebe2ff', stroke: '#6b3fd9', text: '#2b1366' },
    'await-continuation': { fill: '#d6f5dc', stroke: '#23803a', text: '#0d3b19' },
    'resolve-thenable': { fill: '#fff1c2', stroke: '#a37800', text: '#453200' },
    queueMicrotask: { fill: '#ffe0ec', stroke: '#c0245c', text: '#520d26' },
    nextTick: { fill: '#cdf3f7', stroke: '#0b6f80', text: '#053038' },
  },
  task: {
    timer: { fill: '#ffe7cc', stroke: '#d56a00', text: '#4d2600' },
    messaging: { fill: '#ffe7cc', stroke: '#d56a00', text: '#4d2600' },
    networking: { fill: '#e0f0ff', stroke: '#1c6fb8', text: '#0b2c4a' },
    'user-interaction': { fill: '#ffe7cc', stroke: '#d56a00', text: '#4d2600' },
    'dom-manipulation': { fill: '#ffe7cc', stroke: '#d56a00', text: '#4d2600' },
    immediate: { fill: '#f3e0ff', stroke: '#9331c4', text: '#3b0f52' },
    close: { fill: '#eceff3', stroke: '#5d6675', text: '#1b2030' },
    io: { fill: '#e0f0ff', stroke: '#1c6fb8', text: '#0b2c4a' },
  },
  hostWork: { fill: '#fff4e8', stroke: '#c85a12', text: '#4a2006' },
  progressTrack: '#f3dcc6',
  promise: {
    pending: { fill: '#f1f3f6', stroke: '#7a8294', text: '#1b2030' },
    fulfilled: { fill: '#e3f6e7', stroke: '#23803a', text: '#0d3b19' },
    rejected: { fill: '#ffe3e3', stroke: '#c62828', text: '#4d0b0b' },
  },
  console: {
    log: '#1b2030',
    info: '#1c6fb8',
    warn: '#8a6100',
    error: '#c62828',
    current: '#fff2b3',
  },
  ring: { idle: '#dfe3ea', active: '#2f62d0', text: '#1b2030' },
  arrow: '#aab2c2',
  ui: {
    '--bg': '#eef1f6',
    '--surface': '#ffffff',
    '--surface-2': '#f6f8fb',
    '--border': '#d3d8e2',
    '--text': '#1b2030',
    '--muted': '#5d6578',
    '--accent': '#2f62d0',
    '--accent-text': '#ffffff',
    '--danger': '#c62828',
    '--warn-bg': '#fff6d6',
    '--warn-text': '#5c4300',
    '--step-highlight': 'rgba(47, 98, 208, 0.22)',
    '--step-outline': '#2f62d0',
    '--marker-task': '#d56a00',
    '--marker-microtask': '#6b3fd9',
    '--marker-console': '#23803a',
    '--marker-error': '#c62828',
  },
};

const dark: Theme = {
  ...light,
  name: 'dark',
  background: '#11141b',
  panel: { fill: '#1a1e28', stroke: '#2e3544', title: '#a9b2c6' },
  text: '#e8ebf2',
  muted: '#98a1b5',
  caption: { fill: '#2a3550', text: '#ffffff', stroke: '#3b4a70' },
  frame: { fill: '#1d3366', stroke: '#7ea6ff', text: '#e6eeff' },
  scriptFrame: { fill: '#2a303d', stroke: '#8e97aa', text: '#e8ebf2' },
  suspended: { fill: '#151922', stroke: '#8e97aa', text: '#cfd5e2' },
  job: {
    'promise-reaction': { fill: '#35256b', stroke: '#b69cff', text: '#f0eaff' },
    'await-continuation': { fill: '#1b4a28', stroke: '#6fdc8c', text: '#e5fbea' },
    'resolve-thenable': { fill: '#4a3c0c', stroke: '#f2cc4d', text: '#fff6d6' },
    queueMicrotask: { fill: '#5a1b33', stroke: '#ff8fb8', text: '#ffe8f1' },
    nextTick: { fill: '#0e4450', stroke: '#5fd8ea', text: '#e0fbff' },
  },
  task: {
    timer: { fill: '#55300b', stroke: '#ffa94d', text: '#fff0e0' },
    messaging: { fill: '#55300b', stroke: '#ffa94d', text: '#fff0e0' },
    networking: { fill: '#133a5c', stroke: '#74c0fc', text: '#e5f4ff' },
    'user-interaction': { fill: '#55300b', stroke: '#ffa94d', text: '#fff0e0' },
    'dom-manipulation': { fill: '#55300b', stroke: '#ffa94d', text: '#fff0e0' },
    immediate: { fill: '#45195c', stroke: '#da8cff', text: '#f8e8ff' },
    close: { fill: '#2a303d', stroke: '#a0a8b8', text: '#e8ebf2' },
    io: { fill: '#133a5c', stroke: '#74c0fc', text: '#e5f4ff' },
  },
  hostWork: { fill: '#44260c', stroke: '#ff922b', text: '#fff0e0' },
  progressTrack: '#5e3a17',
  promise: {
    pending: { fill: '#262b36', stroke: '#8e97aa', text: '#e8ebf2' },
    fulfilled: { fill: '#173d22', stroke: '#6fdc8c', text: '#e5fbea' },
    rejected: { fill: '#4d1a1a', stroke: '#ff8787', text: '#ffe5e5' },
  },
  console: {
    log: '#e8ebf2',
    info: '#74c0fc',
    warn: '#f2cc4d',
    error: '#ff8787',
    current: '#3d3512',
  },
  ring: { idle: '#2e3544', active: '#7ea6ff', text: '#e8ebf2' },
  arrow: '#4a5368',
  ui: {
    '--bg': '#0c0f15',
    '--surface': '#171b24',
    '--surface-2': '#1d2230',
    '--border': '#2e3544',
    '--text': '#e8ebf2',
    '--muted': '#a3acbf',
    '--accent': '#7ea6ff',
    '--accent-text': '#0c1530',
    '--danger': '#ff8787',
    '--warn-bg': '#3d3512',
    '--warn-text': '#fff0b3',
    '--step-highlight': 'rgba(126, 166, 255, 0.28)',
    '--step-outline': '#7ea6ff',
    '--marker-task': '#ffa94d',
    '--marker-microtask': '#b69cff',
    '--marker-console': '#6fdc8c',
    '--marker-error': '#ff8787',
  },
};

const projector: Theme = {
  ...light,
  name: 'projector',
  fontSize: 21,
  strokeWidth: 3,
  background: '#ffffff',
  panel: { fill: '#ffffff', stroke: '#000000', title: '#000000' },
  text: '#000000',
  muted: '#333333',
  caption: { fill: '#000000', text: '#ffffff', stroke: '#000000' },
  frame: { fill: '#c7dbff', stroke: '#0036b3', text: '#000000' },
  scriptFrame: { fill: '#e4e4e4', stroke: '#000000', text: '#000000' },
  // Muted by its dashes only: grey text washes out on a projector.
  suspended: { fill: '#ffffff', stroke: '#333333', text: '#000000' },
  job: {
    'promise-reaction': { fill: '#dccbff', stroke: '#4b00c9', text: '#000000' },
    'await-continuation': { fill: '#b8f0c4', stroke: '#006b1d', text: '#000000' },
    'resolve-thenable': { fill: '#ffe57a', stroke: '#7a5900', text: '#000000' },
    queueMicrotask: { fill: '#ffc2d9', stroke: '#a3003d', text: '#000000' },
    nextTick: { fill: '#a8eef7', stroke: '#005566', text: '#000000' },
  },
  task: {
    timer: { fill: '#ffcf99', stroke: '#b34700', text: '#000000' },
    messaging: { fill: '#ffcf99', stroke: '#b34700', text: '#000000' },
    networking: { fill: '#b8dcff', stroke: '#00509e', text: '#000000' },
    'user-interaction': { fill: '#ffcf99', stroke: '#b34700', text: '#000000' },
    'dom-manipulation': { fill: '#ffcf99', stroke: '#b34700', text: '#000000' },
    immediate: { fill: '#ecc2ff', stroke: '#6d0099', text: '#000000' },
    close: { fill: '#e4e4e4', stroke: '#000000', text: '#000000' },
    io: { fill: '#b8dcff', stroke: '#00509e', text: '#000000' },
  },
  hostWork: { fill: '#ffe0bd', stroke: '#b34700', text: '#000000' },
  progressTrack: '#ffd0a3',
  promise: {
    pending: { fill: '#eeeeee', stroke: '#000000', text: '#000000' },
    fulfilled: { fill: '#b8f0c4', stroke: '#006b1d', text: '#000000' },
    rejected: { fill: '#ffc2c2', stroke: '#b00000', text: '#000000' },
  },
  console: {
    log: '#000000',
    info: '#00509e',
    warn: '#6b4b00',
    error: '#b00000',
    current: '#ffe57a',
  },
  ring: { idle: '#d0d0d0', active: '#0036b3', text: '#000000' },
  arrow: '#666666',
  ui: {
    '--bg': '#ffffff',
    '--surface': '#ffffff',
    '--surface-2': '#f2f2f2',
    '--border': '#000000',
    '--text': '#000000',
    '--muted': '#222222',
    '--accent': '#0036b3',
    '--accent-text': '#ffffff',
    '--danger': '#b00000',
    '--warn-bg': '#ffe57a',
    '--warn-text': '#000000',
    '--step-highlight': 'rgba(255, 214, 0, 0.55)',
    '--step-outline': '#000000',
    '--marker-task': '#b34700',
    '--marker-microtask': '#4b00c9',
    '--marker-console': '#006b1d',
    '--marker-error': '#b00000',
  },
};

export const THEMES: Record<ThemeName, Theme> = { light, dark, projector };

export function themeNamed(name: string | null | undefined): Theme {
  return THEMES[(name ?? '') as ThemeName] ?? light;
}
