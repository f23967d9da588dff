/**
 * The renderer's one store, made of slices. React reads it with narrow selectors (`useAppStore`);
 * the D3 stage and the editor read it with `watch`, outside React.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { noExporter, type Exporter } from '../export/service';
import type { ProgramRunner } from '../worker/runner';
import { createDocumentSlice } from './documentSlice';
import { createEditorSlice } from './editorSlice';
import { createExportSlice } from './exportSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createTraceSlice } from './traceSlice';
import type { Store } from './types';
import { createUiSlice } from './uiSlice';

export type { Store } from './types';
export type AppStore = StoreApi<Store>;

export function createAppStore(
  runner: ProgramRunner,
  exporter: Exporter = noExporter,
  /** Where the export choices are remembered (default: localStorage when there is one). */
  storage?: Storage | null,
): AppStore {
  return createStore<Store>()((...a) => ({
    ...createEditorSlice(...a),
    ...createTraceSlice(runner)(...a),
    ...createPlaybackSlice(...a),
    ...createUiSlice(...a),
    ...createDocumentSlice(...a),
    ...createExportSlice(exporter, storage)(...a),
  }));
}

/** Calls `listener` whenever the selected value changes (by `equal`), outside React. */
export function watch<T>(
  store: AppStore,
  select: (s: Store) => T,
  listener: (value: T, previous: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(next, current)) return;
    const previous = current;
    current = next;
    listener(next, previous);
  });
}

export function useAppStore<T>(store: AppStore, select: (s: Store) => T): T {
  return useStore(store, select);
}
