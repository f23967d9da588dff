import { describe, expect, it, vi } from 'vitest';
import { createDocumentCommands, type DocumentHost, type OpenDocument } from './document-commands';
import { serializeSession, type Session } from './session';
import type { OpenOutcome, Platform, SaveOutcome, UnsavedChoice } from './types';

const program = "console.log('a');\n";

/** A store-like host: what the UI would keep, in plain variables. */
function fakeHost(initial: Partial<OpenDocument> = {}) {
  let document: OpenDocument = {
    name: 'loop.js',
    handle: null,
    kind: 'script',
    dirty: false,
    ...initial,
  };
  let session: Session = { code: 'let current = 1;', model: 'browser', options: {}, step: 4 };
  const host: DocumentHost & { notices: string[] } = {
    notices: [],
    document: () => document,
    session: () => session,
    load: vi.fn((next, contents) => {
      document = next;
      session = contents.session ?? { ...session, code: contents.code, step: 0 };
    }),
    saved: vi.fn((next) => {
      document = { ...next, dirty: false };
    }),
    notify(message) {
      this.notices.push(message);
    },
  };
  return { host, state: () => ({ document, session }) };
}

function fakePlatform(
  answers: { confirm?: UnsavedChoice; open?: OpenOutcome; save?: SaveOutcome } = {},
) {
  return {
    confirmUnsavedChanges: vi.fn(async () => answers.confirm ?? 'cancel'),
    openFile: vi.fn(async () => answers.open ?? { status: 'canceled' }),
    openDroppedFile: vi.fn(async () => answers.open ?? { status: 'canceled' }),
    openRecentFile: vi.fn(async () => answers.open ?? { status: 'canceled' }),
    save: vi.fn(async () => answers.save ?? { status: 'canceled' }),
    saveAs: vi.fn(async () => answers.save ?? { status: 'canceled' }),
    closeWindow: vi.fn(async () => {}),
    setDocumentStatus: vi.fn(),
    autosave: { discardRecovery: vi.fn(async () => {}) },
  } as unknown as Platform & Record<string, ReturnType<typeof vi.fn>>;
}

const opened = (
  name: string,
  text: string,
  kind: 'script' | 'session' = 'script',
): OpenOutcome => ({
  status: 'opened',
  file: { name, kind, text, handle: { path: `/w/${name}` } },
});

describe('File commands', () => {
  it('open a program without asking when nothing is unsaved', async () => {
    const { host, state } = fakeHost();
    const platform = fakePlatform({ open: opened('new.js', program) });
    await createDocumentCommands(platform, host).open();
    expect(platform.confirmUnsavedChanges).not.toHaveBeenCalled();
    expect(state().document).toEqual({
      name: 'new.js',
      handle: { path: '/w/new.js' },
      kind: 'script',
      dirty: false,
    });
    expect(state().session.code).toBe(program);
  });

  it('open a session with its model, options and step', async () => {
    const session: Session = {
      code: program,
      model: 'node',
      options: { granularity: 'fine' },
      step: 9,
    };
    const { host, state } = fakeHost();
    const platform = fakePlatform({
      open: opened('talk.loopscope', serializeSession(session), 'session'),
    });
    await createDocumentCommands(platform, host).open();
    expect(state().session).toEqual(session);
    expect(state().document.kind).toBe('session');
  });

  it('refuse a corrupted session with its reason, leaving the work as it was', async () => {
    const { host, state } = fakeHost({ dirty: true });
    const before = state();
    const platform = fakePlatform({
      confirm: 'discard',
      open: opened('bad.loopscope', '{"format":', 'session'),
    });
    await createDocumentCommands(platform, host).open();
    expect(host.load).not.toHaveBeenCalled();
    expect(state()).toEqual(before);
    expect(host.notices).toEqual([
      expect.stringMatching(/^Loopscope cannot open bad.loopscope: .*not valid JSON/),
    ]);
  });

  it('show the reason the platform refused a file', async () => {
    const { host } = fakeHost();
    const platform = fakePlatform({
      open: { status: 'refused', name: 'photo.js', reason: 'photo.js is not a text file' },
    });
    await createDocumentCommands(platform, host).openDropped(new File([''], 'photo.js'));
    expect(host.notices).toEqual(['Loopscope cannot open photo.js: photo.js is not a text file.']);
  });

  describe('with unsaved changes', () => {
    it('Cancel keeps everything', async () => {
      const { host } = fakeHost({ dirty: true });
      const platform = fakePlatform({ confirm: 'cancel', open: opened('new.js', program) });
      const commands = createDocumentCommands(platform, host);
      await commands.open();
      await commands.newDocument();
      await commands.openedFromOutside(opened('other.js', program));
      expect(platform.confirmUnsavedChanges).toHaveBeenCalledTimes(3);
      expect(platform.openFile).not.toHaveBeenCalled();
      expect(host.load).not.toHaveBeenCalled();
    });

    it('Save saves first, then opens', async () => {
      const { host, state } = fakeHost({ dirty: true, handle: { path: '/w/loop.js' } });
      const platform = fakePlatform({
        confirm: 'save',
        save: { status: 'saved', name: 'loop.js', handle: { path: '/w/loop.js' } },
        open: opened('new.js', program),
      });
      await createDocumentCommands(platform, host).open();
      expect(platform.save).toHaveBeenCalledWith({
        name: 'loop.js',
        kind: 'script',
        text: 'let current = 1;',
        handle: { path: '/w/loop.js' },
      });
      expect(state().document.name).toBe('new.js');
    });

    it('a save that fails or is cancelled stops the open', async () => {
      const { host } = fakeHost({ dirty: true });
      const platform = fakePlatform({
        confirm: 'save',
        save: { status: 'failed', reason: 'the disk is full' },
      });
      await createDocumentCommands(platform, host).open();
      expect(platform.openFile).not.toHaveBeenCalled();
      expect(host.notices).toEqual(['Not saved: the disk is full.']);
    });
  });

  it('Save writes a session as a whole session, and a program as its code', async () => {
    const { host, state } = fakeHost({ kind: 'session', name: 'talk.loopscope', dirty: true });
    const platform = fakePlatform({
      save: { status: 'saved', name: 'talk.loopscope', handle: null },
    });
    const commands = createDocumentCommands(platform, host);
    expect(await commands.save()).toBe(true);
    const document = vi.mocked(platform.save).mock.calls[0]![0];
    expect(JSON.parse(document.text)).toMatchObject({
      format: 'loopscope-session',
      code: 'let current = 1;',
      step: 4,
    });
    expect(state().document.dirty).toBe(false);
  });

  it('Save As of an untitled document suggests a name of the kind asked for', async () => {
    const { host, state } = fakeHost({ name: null, dirty: true });
    const platform = fakePlatform({
      save: { status: 'saved', name: 'mine.loopscope', handle: { path: '/w/mine.loopscope' } },
    });
    await createDocumentCommands(platform, host).saveAs('session');
    expect(platform.saveAs).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'untitled.loopscope', kind: 'session' }),
    );
    expect(state().document).toEqual({
      name: 'mine.loopscope',
      handle: { path: '/w/mine.loopscope' },
      kind: 'session',
      dirty: false,
    });
  });

  it('save-then-close closes only after a successful save', async () => {
    const failing = fakePlatform({ save: { status: 'canceled' } });
    await createDocumentCommands(failing, fakeHost({ dirty: true }).host).saveThenClose();
    expect(failing.closeWindow).not.toHaveBeenCalled();
    const working = fakePlatform({ save: { status: 'saved', name: 'loop.js', handle: null } });
    await createDocumentCommands(working, fakeHost({ dirty: true }).host).saveThenClose();
    expect(working.closeWindow).toHaveBeenCalledOnce();
  });

  it('autosave the unsaved work as a session, and nothing when it is saved', () => {
    const dirty = fakeHost({ dirty: true });
    const snapshot = createDocumentCommands(fakePlatform(), dirty.host).autosaveSnapshot();
    expect(snapshot).toMatchObject({ documentName: 'loop.js', handle: null });
    expect(JSON.parse(snapshot!.text)).toMatchObject({ code: 'let current = 1;', step: 4 });
    expect(createDocumentCommands(fakePlatform(), fakeHost().host).autosaveSnapshot()).toBeNull();
  });

  it('restore a recovery as unsaved work, then forget the recovery', async () => {
    const { host, state } = fakeHost();
    const platform = fakePlatform();
    const text = serializeSession({ code: '// lost work', model: 'node', options: {}, step: 2 });
    await createDocumentCommands(platform, host).restore({
      id: 'r1',
      text,
      documentName: 'loop.js',
      handle: null,
      savedAt: new Date(),
    });
    expect(state().document).toEqual({
      name: 'loop.js',
      handle: null,
      kind: 'script',
      dirty: true,
    });
    expect(state().session).toMatchObject({ code: '// lost work', model: 'node' });
    expect(platform.autosave.discardRecovery).toHaveBeenCalledWith('r1');
  });

  it('restore over work typed since the start only after asking, and keep the offer on cancel', async () => {
    const recovery = {
      id: 'r1',
      text: serializeSession({ code: '// lost work', model: 'node', options: {}, step: 2 }),
      documentName: 'loop.js',
      handle: null,
      savedAt: new Date(),
    };
    const { host, state } = fakeHost({ dirty: true });
    const canceling = fakePlatform({ confirm: 'cancel' });
    expect(await createDocumentCommands(canceling, host).restore(recovery)).toBe(false);
    expect(canceling.confirmUnsavedChanges).toHaveBeenCalledWith('loop.js');
    expect(state().session.code).toBe('let current = 1;');
    expect(canceling.autosave.discardRecovery).not.toHaveBeenCalled();

    const discarding = fakePlatform({ confirm: 'discard' });
    expect(await createDocumentCommands(discarding, host).restore(recovery)).toBe(true);
    expect(state().session.code).toBe('// lost work');
    expect(discarding.autosave.discardRecovery).toHaveBeenCalledWith('r1');
  });

  it('publish the title and dirty state with the model', () => {
    const platform = fakePlatform();
    createDocumentCommands(platform, fakeHost({ dirty: true }).host).publishStatus();
    expect(platform.setDocumentStatus).toHaveBeenCalledWith({
      name: 'loop.js',
      handle: null,
      dirty: true,
      model: 'browser',
    });
  });
});
