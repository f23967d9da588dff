import type { BaseWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDialogs, type DialogLike, exportFilters } from './dialogs';

function fakeDialog(answers: { response?: number; open?: string[]; save?: string }) {
  return {
    showMessageBox: vi.fn(async () => ({
      response: answers.response ?? 0,
      checkboxChecked: false,
    })),
    showOpenDialog: vi.fn(async () => ({ canceled: !answers.open, filePaths: answers.open ?? [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: !answers.save, filePath: answers.save ?? '' })),
  };
}

const window = {} as BaseWindow;

describe('dialogs', () => {
  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ])('the unsaved-changes prompt maps button %i to %s', async (response, choice) => {
    const dialog = fakeDialog({ response });
    const dialogs = createDialogs(dialog as unknown as DialogLike, () => window);
    expect(await dialogs.confirmUnsaved('loop.js')).toBe(choice);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        buttons: ['Save', "Don't Save", 'Cancel'],
        cancelId: 2,
        message: 'Do you want to save the changes you made to loop.js?',
      }),
    );
  });

  it('names a never-saved document Untitled', async () => {
    const dialog = fakeDialog({});
    await createDialogs(dialog as unknown as DialogLike, () => null).confirmUnsaved(null);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('Untitled') }),
    );
  });

  it('opens programs and sessions, and reports a cancel as null', async () => {
    const dialog = fakeDialog({ open: ['/w/a.js'] });
    const dialogs = createDialogs(dialog as unknown as DialogLike, () => window);
    expect(await dialogs.chooseFileToOpen('/w')).toBe('/w/a.js');
    const [, options] = dialog.showOpenDialog.mock.calls[0] as unknown as [
      unknown,
      { filters: { extensions: string[] }[] },
    ];
    expect(options.filters[0]!.extensions).toEqual(['js', 'mjs', 'cjs', 'loopscope']);
    const cancelled = createDialogs(fakeDialog({}) as unknown as DialogLike, () => window);
    expect(await cancelled.chooseFileToOpen('/w')).toBeNull();
    expect(await cancelled.chooseSavePath('/w/a.js', 'script')).toBeNull();
  });

  it('offers the export format the file name asks for', () => {
    expect(exportFilters('loop.gif')).toEqual([{ name: 'GIF Animation', extensions: ['gif'] }]);
    expect(exportFilters('loop.MP4')).toEqual([{ name: 'MP4 Video', extensions: ['mp4'] }]);
    expect(exportFilters('loop.xyz')).toEqual([{ name: 'All Files', extensions: ['*'] }]);
  });
});
