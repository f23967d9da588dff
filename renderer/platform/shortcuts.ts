/**
 * The web build's keyboard shortcuts: the desktop menu's accelerators (electron/menu.ts; a
 * test keeps them equal), minus the keys a browser keeps for itself (new window, close tab).
 */
import type { MenuCommand } from './types';

/** Accelerators in Electron's syntax, so the two builds use the same words. */
export const WEB_SHORTCUTS: readonly { command: MenuCommand; accelerator: string }[] = [
  { command: 'file.open', accelerator: 'CmdOrCtrl+O' },
  { command: 'file.save', accelerator: 'CmdOrCtrl+S' },
  { command: 'file.save-as', accelerator: 'CmdOrCtrl+Shift+S' },
  { command: 'file.export', accelerator: 'CmdOrCtrl+E' },
  { command: 'edit.find', accelerator: 'CmdOrCtrl+F' },
  { command: 'view.toggle-theme', accelerator: 'CmdOrCtrl+Shift+L' },
  { command: 'view.projector-mode', accelerator: 'CmdOrCtrl+Shift+P' },
  { command: 'view.font-bigger', accelerator: 'CmdOrCtrl+Alt+=' },
  { command: 'view.font-smaller', accelerator: 'CmdOrCtrl+Alt+-' },
  { command: 'view.font-reset', accelerator: 'CmdOrCtrl+Alt+0' },
  { command: 'run.run', accelerator: 'CmdOrCtrl+Enter' },
  { command: 'run.stop', accelerator: 'Shift+F5' },
  { command: 'run.step-forward', accelerator: 'F10' },
  { command: 'run.step-back', accelerator: 'Shift+F10' },
  { command: 'run.play-pause', accelerator: 'F8' },
  { command: 'run.to-start', accelerator: 'CmdOrCtrl+Shift+Home' },
  { command: 'run.to-end', accelerator: 'CmdOrCtrl+Shift+End' },
  { command: 'help.shortcuts', accelerator: 'CmdOrCtrl+/' },
];

/** The part of a KeyboardEvent a shortcut looks at. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Whether a key press is the accelerator (`CmdOrCtrl` is ⌘ on macOS, Ctrl elsewhere). */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const parts = accelerator.split(/\+(?!$)/);
  const key = parts.pop()!;
  const wants = { ctrl: false, meta: false, alt: false, shift: false };
  for (const modifier of parts) {
    if (modifier === 'CmdOrCtrl') wants[isMac ? 'meta' : 'ctrl'] = true;
    else if (modifier === 'Shift') wants.shift = true;
    else if (modifier === 'Alt') wants.alt = true;
    else if (modifier === 'Ctrl') wants.ctrl = true;
    else if (modifier === 'Cmd') wants.meta = true;
  }
  if (
    press.ctrlKey !== wants.ctrl ||
    press.metaKey !== wants.meta ||
    press.altKey !== wants.alt ||
    press.shiftKey !== wants.shift
  ) {
    return false;
  }
  return keyMatches(key, press);
}

const CODES: Record<string, string> = {
  '=': 'Equal',
  '-': 'Minus',
  '/': 'Slash',
  '0': 'Digit0',
};

function keyMatches(key: string, press: KeyPress): boolean {
  // With Alt or Shift held, `key` is the shifted or composed character (Alt+= is "≠" on a Mac
  // keyboard); the physical `code` is what stays the same.
  if (CODES[key] && press.code === CODES[key]) return true;
  if (key.length === 1) return press.key.toLowerCase() === key.toLowerCase();
  return press.key === key;
}

export function commandForKeyPress(press: KeyPress, isMac: boolean): MenuCommand | null {
  const shortcut = WEB_SHORTCUTS.find((s) => matchesAccelerator(s.accelerator, press, isMac));
  return shortcut?.command ?? null;
}
