import { describe, expect, it, vi } from 'vitest';
import { run } from '../../interpreter/index';
import { serializeSession } from '../platform/session';
import type { KeyPress } from '../platform/shortcuts';
import { createWebPlatform, type WebEnvironment } from '../platform/web';
import { isDirty } from '../store/documentSlice';
import { createAppStore } from '../store/store';
import type { ProgramRunner } from '../worker/runner';
import { connectPlatform } from './documents';

const program = "setTimeout(() => console.log('timeout'), 0);\nconsole.log('sync');\n";

const inProcessRunner: ProgramRunner = {
  run: async (source, model, stepLimit) => ({
    kind: 'trace',
    trace: run(source, { model, stepLimit }),
    millis: 1,
  }),
  cancel() {},
};

/** The app's store wired to the web platform over an in-memory browser. */
function app(options: { pick?: File; storage?: Map<string, string> } = {}) {
  const items = options.storage ?? new Map<string, string>();
  let keyListener: Parameters<WebEnvironment['onKeyDown']>[0] | null = null;
  const titles: string[] = [];
  const env: WebEnvironment = {
    storage: {
      get length() {
        return items.size;
      },
      key: (i) => [...items.keys()][i] ?? null,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    },
    pickFile: async () => options.pick ?? null,
    download: vi.fn(),
    confirm: () => true,
    setTitle: (title) => void titles.push(title),
    setLeaveGuard: () => {},
    onKeyDown: (listener) => {
      keyListener = listener;
      return () => (keyListener = null);
    },
    openTab: () => {},
    isMac: false,
    now: () => new Date(Date.UTC(2026, 0, 1)),
  };
  const store = createAppStore(inProcessRunner);
  const page = new EventTarget();
  const runCommand = connectPlatform(store, createWebPlatform(env), page);
  const key = (k: string, mods: Partial<KeyPress> & { defaultPrevented?: boolean } = {}) =>
    keyListener?.({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      preventDefault: () => {},
      ...mods,
    });
  return { store, runCommand, key, titles, items, page };
}

describe('the app on the platform', () => {
  it('opens a session: its code, model and step, a clean title; an edit marks it dirty', async () => {
    const text = serializeSession({ code: program, model: 'node', options: {}, step: 2 });
    const { store, runCommand, titles } = app({ pick: new File([text], 'talk.loopscope') });
    runCommand('file.open');
    await vi.waitFor(() => expect(store.getState().trace?.source).toBe(program));
    const s = store.getState();
    expect([s.docName, s.docKind, s.model, s.step, isDirty(s)]).toEqual([
      'talk.loopscope',
      'session',
      'node',
      2,
      false,
    ]);
    expect(titles.at(-1)).toBe('talk.loopscope — Loopscope');
    s.setSource(`${program}// edited\n`);
    expect(titles.at(-1)).toBe('• talk.loopscope — Loopscope');
  });

  it('refuses a corrupted session with its reason and keeps the work', async () => {
    const bad = new File(['{"format":"loopscope-session","version":1,"code":'], 'bad.loopscope');
    const { store, runCommand } = app({ pick: bad });
    const before = store.getState().source;
    runCommand('file.open');
    await vi.waitFor(() => expect(store.getState().notice?.message).toMatch(/not valid JSON/));
    expect(store.getState().source).toBe(before);
    expect(store.getState().docName).toBeNull();
  });

  it('runs menu keys as commands, but not keys the editor already took', async () => {
    const { store, key } = app();
    key('Enter', { ctrlKey: true });
    await vi.waitFor(() => expect(store.getState().trace).not.toBeNull());
    store.getState().pause();
    const at = store.getState().step;
    key('F10');
    expect(store.getState().step).toBeGreaterThan(at);
    key('F10', { defaultPrevented: true });
    key('F10', { shiftKey: true });
    expect(store.getState().step).toBe(at);
  });

  it('offers work left unsaved by the last visit; Restore puts it back, still unsaved', async () => {
    const first = app();
    first.store.getState().setSource('// typed before the tab closed\n');
    first.page.dispatchEvent(new Event('pagehide')); // the tab closes: autosave flushes
    await vi.waitFor(() => expect(first.items.size).toBeGreaterThan(0));
    const second = app({ storage: first.items });
    await vi.waitFor(() => expect(second.store.getState().recoveryOffer).not.toBeNull());
    second.store.getState().recoveryOffer!.restore();
    await vi.waitFor(() =>
      expect(second.store.getState().source).toBe('// typed before the tab closed\n'),
    );
    expect(isDirty(second.store.getState())).toBe(true);
    await vi.waitFor(() => expect(second.store.getState().recoveryOffer).toBeNull());
  });
});
