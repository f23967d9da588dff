import { describe, expect, it, vi } from 'vitest';
import type { UnsavedChoice } from './api';
import { CloseGuard, type CloseGuardOptions } from './close-guard';

function setUp(dirty: boolean, choice: UnsavedChoice | Error = 'cancel') {
  const state = { dirty };
  const options = {
    isDirty: () => state.dirty,
    documentName: () => 'loop.js',
    confirmUnsaved: vi.fn<CloseGuardOptions['confirmUnsaved']>(() =>
      choice instanceof Error ? Promise.reject(choice) : Promise.resolve(choice),
    ),
    requestSaveThenClose: vi.fn(),
    close: vi.fn(),
    onClosing: vi.fn(),
  };
  const guard = new CloseGuard(options);
  // A fake BrowserWindow: close() emits 'close' again, like Electron does.
  options.close.mockImplementation(() => guard.handleClose({ preventDefault: vi.fn() }));
  const closeEvent = () => {
    const event = { preventDefault: vi.fn() };
    guard.handleClose(event);
    return event;
  };
  return { guard, options, state, closeEvent };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('closing the window', () => {
  it('closes a saved document without asking, and drops the autosave', () => {
    const { closeEvent, options } = setUp(false);
    expect(closeEvent().preventDefault).not.toHaveBeenCalled();
    expect(options.confirmUnsaved).not.toHaveBeenCalled();
    expect(options.onClosing).toHaveBeenCalledWith(true);
  });

  it('asks about unsaved changes, and Cancel keeps the window and the work', async () => {
    const { closeEvent, options } = setUp(true, 'cancel');
    expect(closeEvent().preventDefault).toHaveBeenCalled();
    await settle();
    expect(options.confirmUnsaved).toHaveBeenCalledWith('loop.js');
    expect(options.close).not.toHaveBeenCalled();
    expect(options.onClosing).not.toHaveBeenCalled();
  });

  it("Don't Save closes and drops the autosave", async () => {
    const { closeEvent, options } = setUp(true, 'discard');
    closeEvent();
    await settle();
    expect(options.close).toHaveBeenCalledOnce();
    expect(options.onClosing).toHaveBeenCalledWith(true);
  });

  it('Save asks the window to save; the window closes only when it says so', async () => {
    const { closeEvent, options, guard, state } = setUp(true, 'save');
    closeEvent();
    await settle();
    expect(options.requestSaveThenClose).toHaveBeenCalledOnce();
    expect(options.close).not.toHaveBeenCalled();
    state.dirty = false; // the window saved
    guard.closeNow();
    expect(options.onClosing).toHaveBeenCalledWith(true);
  });

  it('keeps the autosave if the window closes itself while still dirty', () => {
    const { guard, options } = setUp(true);
    guard.closeNow();
    expect(options.onClosing).toHaveBeenCalledWith(false);
  });

  it('asks once, however often close is pressed while the question is open', async () => {
    const { closeEvent, options } = setUp(true, 'cancel');
    closeEvent();
    closeEvent();
    await settle();
    expect(options.confirmUnsaved).toHaveBeenCalledOnce();
    closeEvent();
    expect(options.confirmUnsaved).toHaveBeenCalledTimes(2);
  });

  it('treats a dialog that failed as Cancel', async () => {
    const { closeEvent, options } = setUp(true, new Error('no window'));
    closeEvent();
    await settle();
    expect(options.close).not.toHaveBeenCalled();
  });
});
