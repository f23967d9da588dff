/**
 * Keyboard shortcuts: one table, used by the handler and listed by the help overlay. Keys typed
 * into the editor or a form field stay there. The menu's accelerators (Ctrl/Cmd+Enter runs)
 * arrive as menu commands through renderer/platform instead.
 */
import { THEME_NAMES } from '../scene/theme';
import { SPEEDS } from '../store/playbackSlice';
import type { AppStore } from '../store/store';

export interface Shortcut {
  keys: string[];
  does: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Space'], does: 'Play / pause' },
  { keys: ['→'], does: 'Next event step (something on the stage changes)' },
  { keys: ['←'], does: 'Previous event step' },
  { keys: ['Shift', '→'], does: 'Next fine step (every statement and call)' },
  { keys: ['Shift', '←'], does: 'Previous fine step' },
  { keys: ['Home'], does: 'Jump to the start' },
  { keys: ['End'], does: 'Jump to the end' },
  { keys: ['Ctrl', 'Enter'], does: 'Run the program' },
  { keys: ['F10'], does: 'Step forward (Shift+F10: back)' },
  { keys: ['Ctrl', 'O'], does: 'Open a program or session' },
  { keys: ['Ctrl', 'S'], does: 'Save (Ctrl+Shift+S: Save As)' },
  { keys: ['Ctrl', 'E'], does: 'Export an animation' },
  { keys: ['Shift', 'drag'], does: 'Select steps on the timeline (the export range)' },
  { keys: ['I'], does: 'Selection starts at this step' },
  { keys: ['O'], does: 'Selection ends at this step' },
  { keys: ['['], does: 'Slower' },
  { keys: [']'], does: 'Faster' },
  { keys: ['+'], does: 'Larger text' },
  { keys: ['−'], does: 'Smaller text' },
  { keys: ['T'], does: 'Next theme (light, dark, projector)' },
  { keys: ['G'], does: 'Examples gallery' },
  { keys: ['?'], does: 'Show this help' },
  { keys: ['Esc'], does: 'Close a dialog (else clear the selection)' },
];

function typingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.cm-editor')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** Handles a keydown; returns whether it was a shortcut (and so was consumed). */
export function handleShortcut(event: KeyboardEvent, store: AppStore): boolean {
  const s = store.getState();
  const mod = event.ctrlKey || event.metaKey;
  // Ctrl+Enter, F10, Ctrl+S… are menu accelerators: the platform turns them into menu commands.
  if (event.key === 'Escape' && s.overlay) {
    s.openOverlay(null);
    return true;
  }
  if (mod || event.altKey || typingTarget(event.target)) return false;
  if (s.overlay) return false;
  switch (event.key) {
    case 'Escape':
      if (!s.timelineSelection) return false;
      s.setTimelineSelection(null);
      return true;
    case 'i':
    case 'I':
      s.markSelectionStart();
      return true;
    case 'o':
    case 'O':
      s.markSelectionEnd();
      return true;
    case ' ':
      s.togglePlay();
      return true;
    case 'ArrowRight':
      s.stepForward(event.shiftKey);
      return true;
    case 'ArrowLeft':
      s.stepBack(event.shiftKey);
      return true;
    case 'Home':
      s.jumpToStart();
      return true;
    case 'End':
      s.jumpToEnd();
      return true;
    case '[':
    case ']': {
      const i = SPEEDS.findIndex((v) => v >= s.speed);
      const at = i < 0 ? SPEEDS.length - 1 : i;
      s.setSpeed(
        SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, at + (event.key === ']' ? 1 : -1)))],
      );
      return true;
    }
    case '+':
    case '=':
      s.stepFontScale(1);
      return true;
    case '-':
    case '_':
      s.stepFontScale(-1);
      return true;
    case 't':
    case 'T':
      s.setTheme(THEME_NAMES[(THEME_NAMES.indexOf(s.theme) + 1) % THEME_NAMES.length]);
      return true;
    case 'g':
    case 'G':
      s.openOverlay('gallery');
      return true;
    case '?':
      s.openOverlay('help');
      return true;
    default:
      return false;
  }
}

export function installShortcuts(store: AppStore): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (handleShortcut(event, store)) event.preventDefault();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
