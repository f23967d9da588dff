/**
 * The window's size, position, maximized and full-screen state, saved on close and restored on
 * the next start, but only onto a display that still exists (a laptop undocked from its
 * monitor must not open Loopscope off-screen).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './files';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Bounds when neither maximized nor full screen; null until the first save. */
  bounds: Rectangle | null;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of the title bar must be on a display for saved bounds to be used. */
const VISIBLE_MARGIN = 48;

export async function loadWindowState(file: string): Promise<WindowState> {
  const empty: WindowState = { bounds: null, maximized: false, fullScreen: false };
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<WindowState>;
    return {
      bounds: isRectangle(data.bounds) ? data.bounds : null,
      maximized: data.maximized === true,
      fullScreen: data.fullScreen === true,
    };
  } catch {
    return empty;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(state));
}

function isRectangle(value: unknown): value is Rectangle {
  const r = value as Rectangle;
  return (
    typeof r === 'object' &&
    r !== null &&
    [r.x, r.y, r.width, r.height].every((n) => Number.isFinite(n)) &&
    r.width > 0 &&
    r.height > 0
  );
}

/**
 * Where the window opens: the saved bounds if their top edge is visible on one of the displays'
 * work areas (shrunk to fit that display), otherwise the default size, centred by Electron.
 */
export function placeWindow(
  state: WindowState,
  workAreas: readonly Rectangle[],
): {
  bounds: Rectangle | { width: number; height: number };
  maximized: boolean;
  fullScreen: boolean;
} {
  const saved = state.bounds;
  const display = saved && workAreas.find((area) => titleBarVisible(saved, area));
  const bounds =
    saved && display
      ? {
          x: saved.x,
          y: Math.max(saved.y, display.y),
          width: Math.max(MIN_SIZE.width, Math.min(saved.width, display.width)),
          height: Math.max(MIN_SIZE.height, Math.min(saved.height, display.height)),
        }
      : { ...DEFAULT_SIZE };
  return { bounds, maximized: state.maximized, fullScreen: state.fullScreen };
}

function titleBarVisible(bounds: Rectangle, area: Rectangle): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const top = bounds.y;
  return (
    right - left >= VISIBLE_MARGIN &&
    top >= area.y - VISIBLE_MARGIN &&
    top <= area.y + area.height - VISIBLE_MARGIN
  );
}

/** The part of BrowserWindow that `captureWindowState` reads. */
export interface StatefulWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

export function captureWindowState(window: StatefulWindow): WindowState {
  return {
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  };
}
