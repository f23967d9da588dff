/**
 * Wiring between the store and the world outside it: the URL hash (the shareable moment) and
 * the user's display preferences (theme, type size, speed, pane width, hidden panels) in
 * localStorage.
 */
import { THEME_NAMES, type ThemeName } from '../scene/theme';
import { watch, type AppStore } from '../store/store';
import type { TogglablePanel } from '../store/uiSlice';
import { decodeMoment, encodeMoment } from './urlState';

const PREFS_KEY = 'loopscope.prefs.v1';

interface Prefs {
  theme: ThemeName;
  fontScale: number;
  speed: number;
  editorFraction: number;
  hiddenPanels: Record<TogglablePanel, boolean>;
}

export function restorePrefs(store: AppStore, storage: Storage | null = safeStorage()): void {
  if (!storage) return;
  try {
    const prefs = JSON.parse(storage.getItem(PREFS_KEY) ?? 'null') as Partial<Prefs> | null;
    if (!prefs) return;
    const s = store.getState();
    if (prefs.theme && THEME_NAMES.includes(prefs.theme)) s.setTheme(prefs.theme);
    if (typeof prefs.fontScale === 'number') s.setFontScale(prefs.fontScale);
    if (typeof prefs.speed === 'number') s.setSpeed(prefs.speed);
    if (typeof prefs.editorFraction === 'number') s.setEditorFraction(prefs.editorFraction);
    if (prefs.hiddenPanels && typeof prefs.hiddenPanels === 'object')
      s.setHiddenPanels(prefs.hiddenPanels);
  } catch {
    // Unreadable preferences are ignored: the defaults are fine.
  }
}

export function persistPrefs(store: AppStore, storage: Storage | null = safeStorage()): () => void {
  if (!storage) return () => {};
  return watch(
    store,
    (s): Prefs => ({
      theme: s.theme,
      fontScale: s.fontScale,
      speed: s.speed,
      editorFraction: s.editorFraction,
      hiddenPanels: s.hiddenPanels,
    }),
    (prefs) => {
      try {
        storage.setItem(PREFS_KEY, JSON.stringify(prefs));
      } catch {
        // Storage full or denied: preferences are a convenience only.
      }
    },
    (a, b) =>
      a.theme === b.theme &&
      a.fontScale === b.fontScale &&
      a.speed === b.speed &&
      a.editorFraction === b.editorFraction &&
      a.hiddenPanels === b.hiddenPanels,
  );
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Opens the moment the URL names (or the default example) and runs it, standing at its step.
 * Afterwards, keeps the URL naming the current moment (replaceState: no history entry per step).
 */
export function syncUrl(store: AppStore): () => void {
  const moment = decodeMoment(location.hash);
  if (moment)
    store.setState({ source: moment.source, model: moment.model, exampleId: moment.exampleId });
  void store.getState().runProgram({ step: moment?.step ?? 0 });

  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const s = store.getState();
    // Not while the timeline is dragged: the URL names where the drag ends.
    if (s.scrubbing) {
      timer = setTimeout(write, 250);
      return;
    }
    // While the editor holds code that has not run, the step belongs to the old code: drop it.
    const step = s.trace && s.trace.source === s.source && s.trace.model === s.model ? s.step : 0;
    const hash = encodeMoment({ source: s.source, model: s.model, step, exampleId: s.exampleId });
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  };
  const stop = watch(
    store,
    (s) => [s.source, s.model, s.step, s.trace] as const,
    () => {
      if (timer === null) timer = setTimeout(write, 250);
    },
    (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3],
  );
  const onHashChange = () => {
    const next = decodeMoment(location.hash);
    if (!next) return;
    const s = store.getState();
    if (next.source === s.source && next.model === s.model) {
      s.seek(next.step);
      return;
    }
    store.setState({ source: next.source, model: next.model, exampleId: next.exampleId });
    void store.getState().runProgram({ step: next.step });
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    stop();
    if (timer !== null) clearTimeout(timer);
    window.removeEventListener('hashchange', onHashChange);
  };
}
