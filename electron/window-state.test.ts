import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  placeWindow,
  saveWindowState,
  type WindowState,
} from './window-state';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-window-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };
const state = (bounds: WindowState['bounds'], extra: Partial<WindowState> = {}): WindowState => ({
  bounds,
  maximized: false,
  fullScreen: false,
  ...extra,
});

describe('window state', () => {
  it('is saved and restored, maximized and full screen included', async () => {
    const file = path.join(dir, 'window-state.json');
    const window = {
      getNormalBounds: () => ({ x: 100, y: 80, width: 1000, height: 700 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    };
    await saveWindowState(file, captureWindowState(window));
    const restored = await loadWindowState(file);
    expect(placeWindow(restored, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('starts at the default size with no saved state, or a corrupted one', async () => {
    const file = path.join(dir, 'window-state.json');
    expect(placeWindow(await loadWindowState(file), [laptop]).bounds).toEqual(DEFAULT_SIZE);
    await fs.writeFile(file, '{"bounds": {"x": "left"}}');
    expect(await loadWindowState(file)).toEqual(state(null));
  });

  it('does not open off-screen when the display it was on is gone', () => {
    const onMonitor = state({ x: 2000, y: 100, width: 1600, height: 1000 });
    expect(placeWindow(onMonitor, [laptop, monitorOnTheRight]).bounds).toMatchObject({
      x: 2000,
      y: 100,
    });
    expect(placeWindow(onMonitor, [laptop]).bounds).toEqual(DEFAULT_SIZE);
  });

  it('does not open with its title bar above the screen', () => {
    expect(
      placeWindow(state({ x: 100, y: -500, width: 800, height: 600 }), [laptop]).bounds,
    ).toEqual(DEFAULT_SIZE);
    expect(
      placeWindow(state({ x: 100, y: -20, width: 800, height: 600 }), [laptop]).bounds,
    ).toMatchObject({ y: 0 });
  });

  it('shrinks to the display it opens on, but not below the minimum size', () => {
    const huge = state({ x: 10, y: 10, width: 5000, height: 4000 });
    expect(placeWindow(huge, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 1440, height: 900 });
    const tiny = state({ x: 10, y: 10, width: 50, height: 50 });
    expect(placeWindow(tiny, [laptop]).bounds).toMatchObject(MIN_SIZE);
  });
});
