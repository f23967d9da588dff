// A bare page around renderer/platform (no UI), so e2e/files.spec.ts can drive the web platform
// in real Chromium: its file chooser, downloads, keyboard, title, beforeunload and localStorage.
import {
  acceptFileDrops,
  documentContents,
  platform,
  serializeSession,
  startAutosave,
} from '../../renderer/platform';
import type { AutosaveSnapshot, MenuCommand, OpenOutcome } from '../../renderer/platform';

const commands: MenuCommand[] = [];
platform.onMenuCommand((command) => commands.push(command));

const dropped: OpenOutcome[] = [];
acceptFileDrops(document.body, (file) => {
  void platform.openDroppedFile(file).then((outcome) => dropped.push(outcome));
});

let unsaved: AutosaveSnapshot | null = null;
const autosaver = startAutosave({
  autosave: platform.autosave,
  snapshot: () => unsaved,
  page: window,
  intervalMs: 60_000, // the spec relies on pagehide, not on the clock
});

const harness = {
  platform,
  commands,
  dropped,
  documentContents,
  serializeSession,
  setUnsaved(text: string | null) {
    unsaved = text === null ? null : { text, documentName: 'loop.js', handle: null };
  },
  flushAutosave: () => autosaver.flush(),
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
document.body.dataset.ready = 'true';
