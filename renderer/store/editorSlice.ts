import type { StateCreator } from 'zustand/vanilla';
import type { Model } from '../../interpreter/trace/types';
import { DEFAULT_EXAMPLE, exampleById, type Example } from '../examples/examples';
import { untitledDocument } from './documentSlice';
import type { Store } from './types';

export interface EditorSlice {
  source: string;
  model: Model;
  /** The gallery example the editor holds, while its code is unchanged. */
  exampleId: string | null;
  setSource(source: string): void;
  /** Switches the runtime model; the program runs again if it had a trace. */
  setModel(model: Model): void;
  /** Puts an example in the editor as a new untitled document, switches to its model, runs it. */
  loadExample(example: Example): void;
}

export const createEditorSlice: StateCreator<Store, [], [], EditorSlice> = (set, get) => ({
  source: DEFAULT_EXAMPLE.source,
  model: DEFAULT_EXAMPLE.model,
  exampleId: DEFAULT_EXAMPLE.id,
  setSource(source) {
    if (source === get().source) return;
    const example = exampleById(get().exampleId);
    set({
      source,
      exampleId: example && example.source === source ? example.id : null,
      playing: false,
    });
  },
  setModel(model) {
    if (model === get().model) return;
    set({ model });
    if (get().trace) void get().runProgram({ step: 0 });
  },
  loadExample(example) {
    set({
      source: example.source,
      model: example.model,
      exampleId: example.id,
      overlay: null,
      ...untitledDocument({ ...example, stepLimit: get().stepLimit }),
    });
    void get().runProgram({ step: 0 });
  },
});
