import type { DocumentSlice } from './documentSlice';
import type { EditorSlice } from './editorSlice';
import type { ExportSlice } from './exportSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { TraceSlice } from './traceSlice';
import type { UiSlice } from './uiSlice';

/** The one store of the renderer: its slices, combined in `createAppStore`. */
export type Store = EditorSlice &
  TraceSlice &
  PlaybackSlice &
  UiSlice &
  DocumentSlice &
  ExportSlice;
