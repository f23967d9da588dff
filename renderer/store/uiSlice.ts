import type { StateCreator } from 'zustand/vanilla';
import type { ThemeName } from '../scene/theme';
import type { Store } from './types';

export type Overlay = 'help' | 'gallery' | 'export' | null;

/** Panels a person can hide (View menu): beside the stage, or (the console) a part of it. */
export type TogglablePanel = 'editor' | 'console' | 'timeline';
export const TOGGLABLE_PANELS: readonly TogglablePanel[] = ['editor', 'console', 'timeline'];

export const FONT_SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75] as const;

export interface UiSlice {
  theme: ThemeName;
  /** The user's type scale for the stage and the editor (1 = the theme's default). */
  fontScale: number;
  /** The editor pane's share of the window width. */
  editorFraction: number;
  overlay: Overlay;
  hiddenPanels: Record<TogglablePanel, boolean>;
  setTheme(theme: ThemeName): void;
  setFontScale(scale: number): void;
  stepFontScale(direction: 1 | -1): void;
  setEditorFraction(fraction: number): void;
  openOverlay(overlay: Overlay): void;
  togglePanel(panel: TogglablePanel): void;
  setHiddenPanels(hidden: Partial<Record<TogglablePanel, boolean>>): void;
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  theme: 'light',
  fontScale: 1,
  editorFraction: 0.34,
  overlay: null,
  hiddenPanels: { editor: false, console: false, timeline: false },
  setTheme: (theme) => set({ theme }),
  setFontScale: (fontScale) => set({ fontScale: Math.max(0.7, Math.min(2, fontScale)) }),
  stepFontScale(direction) {
    const current = get().fontScale;
    const i = FONT_SCALES.findIndex((s) => s >= current - 1e-6);
    const at = i < 0 ? FONT_SCALES.length - 1 : i;
    const next =
      FONT_SCALES[
        Math.max(
          0,
          Math.min(
            FONT_SCALES.length - 1,
            FONT_SCALES[at] > current + 1e-6 && direction < 0 ? at - 1 : at + direction,
          ),
        )
      ];
    set({ fontScale: next });
  },
  setEditorFraction: (fraction) => set({ editorFraction: Math.max(0.2, Math.min(0.6, fraction)) }),
  openOverlay: (overlay) => set({ overlay, playing: false }),
  togglePanel: (panel) =>
    set({ hiddenPanels: { ...get().hiddenPanels, [panel]: !get().hiddenPanels[panel] } }),
  setHiddenPanels(hidden) {
    const next = { ...get().hiddenPanels };
    for (const panel of TOGGLABLE_PANELS)
      if (typeof hidden[panel] === 'boolean') next[panel] = hidden[panel];
    set({ hiddenPanels: next });
  },
});
