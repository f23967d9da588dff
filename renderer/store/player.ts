/**
 * The one loop that plays: while `playing`, it asks the store for the next event step every
 * `stepInterval(speed)` ms. The store holds the state; this only keeps time.
 */
import { stepInterval } from './playbackSlice';
import { watch, type AppStore } from './store';

export function startPlayer(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { playing, speed } = store.getState();
    if (!playing) return;
    timer = setTimeout(() => {
      timer = null;
      store.getState().tick();
    }, stepInterval(speed));
  };
  // Every move while playing (including the player's own) schedules the next one.
  const stop = watch(
    store,
    (s) => [s.playing, s.step, s.speed] as const,
    schedule,
    (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  );
  return () => {
    stop();
    if (timer !== null) clearTimeout(timer);
  };
}
