import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialogs } from './dialogs';
import { Documents } from './documents';
import { RecentFiles } from './recent-files';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loopscope-documents-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

async function setUp(choices: { open?: string | null; save?: string | null } = {}) {
  const dialogs = {
    chooseFileToOpen: vi.fn<Dialogs['chooseFileToOpen']>(async () => choices.open ?? null),
    chooseSavePath: vi.fn<Dialogs['chooseSavePath']>(async () => choices.save ?? null),
  };
  const recentFiles = new RecentFiles(file('recent.json'));
  await recentFiles.load();
  const onRecentFilesChanged = vi.fn();
  const documents = new Documents({
    dialogs,
    recentFiles,
    defaultFolder: () => '/home/ada/Documents',
    onRecentFilesChanged,
  });
  return { documents, dialogs, recentFiles, onRecentFilesChanged };
}

describe('documents', () => {
  it('opens a file chosen in the dialog, remembers it and lets the window save it', async () => {
    await fs.writeFile(file('loop.js'), 'setTimeout(() => {}, 0);');
    const { documents, recentFiles, onRecentFilesChanged, dialogs } = await setUp({
      open: file('loop.js'),
    });
    const result = await documents.openWithDialog();
    expect(result).toEqual({
      status: 'opened',
      document: {
        path: file('loop.js'),
        name: 'loop.js',
        kind: 'script',
        text: 'setTimeout(() => {}, 0);',
      },
    });
    expect(dialogs.chooseFileToOpen).toHaveBeenCalledWith('/home/ada/Documents');
    expect(recentFiles.list()[0]!.path).toBe(file('loop.js'));
    expect(onRecentFilesChanged).toHaveBeenCalledWith(file('loop.js'));
    expect(await documents.save({ path: file('loop.js'), text: 'edited' })).toEqual({
      status: 'saved',
      path: file('loop.js'),
      name: 'loop.js',
    });
    expect(await fs.readFile(file('loop.js'), 'utf8')).toBe('edited');
  });

  it('starts the next dialog in the folder of the last document', async () => {
    await fs.writeFile(file('loop.js'), '');
    const { documents, dialogs } = await setUp({ open: file('loop.js') });
    await documents.openWithDialog();
    await documents.openWithDialog();
    expect(dialogs.chooseFileToOpen).toHaveBeenLastCalledWith(dir);
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const { documents } = await setUp({ open: null, save: null });
    expect(await documents.openWithDialog()).toEqual({ status: 'canceled' });
    expect(await documents.saveAs({ suggestedName: 'a.js', kind: 'script', text: '' })).toEqual({
      status: 'canceled',
    });
    expect(await documents.exportFile({ suggestedName: 'a.gif', bytes: new Uint8Array() })).toEqual(
      { status: 'canceled' },
    );
  });

  it('refuses a bad file with its reason, and does not remember it', async () => {
    await fs.writeFile(file('photo.js'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    const { documents, recentFiles } = await setUp({ open: file('photo.js') });
    expect(await documents.openWithDialog()).toEqual({
      status: 'refused',
      name: 'photo.js',
      reason: 'photo.js is not a text file (it is not valid UTF-8)',
    });
    expect(recentFiles.list()).toEqual([]);
    expect((await documents.save({ path: file('photo.js'), text: 'x' })).status).toBe('failed');
  });

  it('will not save over a file it did not open or have chosen', async () => {
    await fs.writeFile(file('other.js'), 'theirs');
    const { documents } = await setUp();
    const result = await documents.save({ path: file('other.js'), text: 'mine' });
    expect(result).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/did not open other.js.*Save As/),
    });
    expect(await fs.readFile(file('other.js'), 'utf8')).toBe('theirs');
  });

  it('Save As writes where the person chose, adding the extension a dialog left out', async () => {
    const { documents, dialogs, recentFiles } = await setUp({ save: file('talk') });
    const result = await documents.saveAs({
      suggestedName: 'loop.js',
      kind: 'session',
      text: '{}',
    });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(
      '/home/ada/Documents/loop.loopscope',
      'session',
    );
    expect(result).toEqual({
      status: 'saved',
      path: file('talk.loopscope'),
      name: 'talk.loopscope',
    });
    expect(await fs.readFile(file('talk.loopscope'), 'utf8')).toBe('{}');
    expect(recentFiles.has(file('talk.loopscope'))).toBe(true);
    expect((await documents.save({ path: file('talk.loopscope'), text: '{"v":2}' })).status).toBe(
      'saved',
    );
  });

  it('reports a failed save with its reason', async () => {
    const { documents } = await setUp({ save: file('no-such-folder/a.js') });
    const result = await documents.saveAs({ suggestedName: 'a.js', kind: 'script', text: '' });
    expect(result).toEqual({
      status: 'failed',
      reason: expect.stringMatching(/a.js could not be saved: it does not exist/),
    });
  });

  it('exports bytes to the chosen file, which it does not grant for saving', async () => {
    const { documents, dialogs } = await setUp({ save: file('loop.gif') });
    const bytes = new Uint8Array([0x47, 0x49, 0x46, 0x38]);
    expect(await documents.exportFile({ suggestedName: 'loop.gif', bytes })).toMatchObject({
      status: 'saved',
    });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('/home/ada/Documents/loop.gif', 'export');
    expect(new Uint8Array(await fs.readFile(file('loop.gif')))).toEqual(bytes);
    expect(documents.isGranted(file('loop.gif'))).toBe(false);
  });

  it('reopens only files in the recent list, and forgets ones that are gone', async () => {
    await fs.writeFile(file('kept.js'), 'ok');
    const { documents, recentFiles } = await setUp();
    expect(await documents.openRecent(file('kept.js'))).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/not in the recent files list/),
    });
    await recentFiles.add(file('kept.js'));
    await recentFiles.add(file('gone.js'));
    expect(await documents.openRecent(file('kept.js'))).toMatchObject({ status: 'opened' });
    expect(await documents.openRecent(file('gone.js'))).toMatchObject({ status: 'refused' });
    expect(recentFiles.has(file('gone.js'))).toBe(false);
  });
});
