import { describe, expect, it, vi } from 'vitest';
import { startAutosave } from './autosave';
import type { AutosaveSnapshot } from './types';

function setUp() {
  let tick: (() => void) | null = null;
  const timers = {
    setInterval: vi.fn((run: () => void) => ((tick = run), 1)),
    clearInterval: vi.fn(),
  };
  const autosave = {
    write: vi.fn(async (_snapshot: AutosaveSnapshot) => {}),
    clear: vi.fn(async () => {}),
    recoveries: vi.fn(async () => []),
    discardRecovery: vi.fn(async () => {}),
  };
  let unsaved: AutosaveSnapshot | null = null;
  const page = new EventTarget();
  const onError = vi.fn();
  const autosaver = startAutosave({
    autosave,
    snapshot: () => unsaved,
    timers,
    page,
    onError,
    intervalMs: 3000,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    autosave,
    autosaver,
    timers,
    page,
    onError,
    setUnsaved: (text: string | null) =>
      (unsaved = text === null ? null : { text, documentName: 'loop.js', handle: null }),
    tick: async () => {
      tick!();
      await settle();
    },
  };
}

describe('autosaving', () => {
  it('writes unsaved work every few seconds, only when it changed', async () => {
    const { autosave, timers, setUnsaved, tick } = setUp();
    expect(timers.setInterval).toHaveBeenCalledWith(expect.any(Function), 3000);
    setUnsaved('draft 1');
    await tick();
    await tick();
    setUnsaved('draft 2');
    await tick();
    expect(autosave.write.mock.calls.map(([s]) => s.text)).toEqual(['draft 1', 'draft 2']);
  });

  it('clears once when the work is saved', async () => {
    const { autosave, setUnsaved, tick } = setUp();
    setUnsaved('draft');
    await tick();
    setUnsaved(null);
    await tick();
    await tick();
    expect(autosave.clear).toHaveBeenCalledOnce();
  });

  it('writes at once when the page is hidden or closed', async () => {
    const { autosave, setUnsaved, page } = setUp();
    setUnsaved('typed just now');
    page.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(autosave.write).toHaveBeenCalledOnce();
  });

  it('reports a failed write and tries again next time', async () => {
    const { autosave, setUnsaved, tick, onError } = setUp();
    autosave.write.mockRejectedValueOnce(new Error('disk full'));
    setUnsaved('draft');
    await tick();
    expect(onError).toHaveBeenCalledWith(new Error('disk full'));
    await tick();
    expect(autosave.write).toHaveBeenCalledTimes(2);
  });

  it('stops', async () => {
    const { autosaver, timers, page, setUnsaved, autosave } = setUp();
    autosaver.stop();
    expect(timers.clearInterval).toHaveBeenCalledWith(1);
    setUnsaved('x');
    page.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(autosave.write).not.toHaveBeenCalled();
  });
});
