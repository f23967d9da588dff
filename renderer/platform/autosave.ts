/**
 * Autosave of unsaved work every few seconds, and when the page is hidden or closed. The UI
 * says what is unsaved (`snapshot`); this decides when to write and when to clear.
 */
import type { AutosaveSnapshot, Platform } from './types';

export const AUTOSAVE_INTERVAL_MS = 3000;

export interface AutosaverOptions {
  autosave: Platform['autosave'];
  /** The unsaved work now (a serialized session), or null when everything is saved. */
  snapshot(): AutosaveSnapshot | null;
  intervalMs?: number;
  timers?: { setInterval(run: () => void, ms: number): unknown; clearInterval(id: unknown): void };
  /** Flushes when this page is hidden or unloaded (pass `window`). */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  onError?(error: unknown): void;
}

export interface Autosaver {
  /** Writes (or clears) now if anything changed since the last write. */
  flush(): Promise<void>;
  stop(): void;
}

export function startAutosave(options: AutosaverOptions): Autosaver {
  const timers = options.timers ?? {
    setInterval: (run: () => void, ms: number) => globalThis.setInterval(run, ms),
    clearInterval: (id: unknown) => globalThis.clearInterval(id as number),
  };
  /** What is on disk: a key of the last snapshot written, null once cleared, undefined unknown. */
  let written: string | null | undefined;
  let queue: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    const run = async () => {
      const snapshot = options.snapshot();
      if (snapshot === null) {
        if (written === null) return;
        await options.autosave.clear();
        written = null;
        return;
      }
      const key = JSON.stringify([
        snapshot.text,
        snapshot.documentName,
        snapshot.handle?.path ?? null,
      ]);
      if (key === written) return;
      await options.autosave.write(snapshot);
      written = key;
    };
    queue = queue.then(run).catch((error: unknown) => {
      written = undefined; // unknown now: try again next time
      (options.onError ?? console.error)(error);
    });
    return queue;
  };

  const interval = timers.setInterval(
    () => void flush(),
    options.intervalMs ?? AUTOSAVE_INTERVAL_MS,
  );
  const onHide = () => void flush();
  const onVisibility = (event: Event) => {
    const doc = (event.target as { visibilityState?: string } | null) ?? null;
    if (!doc || doc.visibilityState !== 'visible') void flush();
  };
  options.page?.addEventListener('pagehide', onHide);
  options.page?.addEventListener('visibilitychange', onVisibility);

  return {
    flush,
    stop() {
      timers.clearInterval(interval);
      options.page?.removeEventListener('pagehide', onHide);
      options.page?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
