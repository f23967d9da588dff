import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- test only: the web keys must match the desktop menu
import { buildMenuTemplate } from '../../electron/menu';
import { commandForKeyPress, type KeyPress, matchesAccelerator, WEB_SHORTCUTS } from './shortcuts';
import type { MenuCommand } from './types';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('web keyboard shortcuts', () => {
  it('are the accelerators of the desktop menu for the same commands', () => {
    const menuAccelerators = new Map<MenuCommand, string>();
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({
      appName: 'Loopscope',
      isMac: false,
      isDev: false,
      recentFiles: [],
      model: 'browser',
      send: (command) => sent.push(command),
      openRecent: () => {},
      clearRecent: () => {},
      showAbout: () => {},
    });
    const walk = (items: typeof template) => {
      for (const item of items) {
        if (Array.isArray(item.submenu)) walk(item.submenu);
        if (item.click && item.accelerator) {
          (item.click as unknown as () => void)();
          menuAccelerators.set(sent.at(-1)!, String(item.accelerator));
        }
      }
    };
    walk(template);
    for (const { command, accelerator } of WEB_SHORTCUTS) {
      expect([command, menuAccelerators.get(command)]).toEqual([command, accelerator]);
    }
  });

  it('map CmdOrCtrl to Ctrl, or to ⌘ on a Mac', () => {
    expect(commandForKeyPress(press('s', { ctrlKey: true }), false)).toBe('file.save');
    expect(commandForKeyPress(press('s', { metaKey: true }), false)).toBeNull();
    expect(commandForKeyPress(press('s', { metaKey: true }), true)).toBe('file.save');
    expect(commandForKeyPress(press('S', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'file.save-as',
    );
  });

  it('need exactly the modifiers asked for', () => {
    expect(commandForKeyPress(press('s'), false)).toBeNull();
    expect(commandForKeyPress(press('F10'), false)).toBe('run.step-forward');
    expect(commandForKeyPress(press('F10', { shiftKey: true }), false)).toBe('run.step-back');
    expect(commandForKeyPress(press('Enter', { ctrlKey: true }), false)).toBe('run.run');
    expect(commandForKeyPress(press('Enter'), false)).toBeNull();
  });

  it('match punctuation by physical key when Alt changes the character', () => {
    expect(
      matchesAccelerator(
        'CmdOrCtrl+Alt+=',
        press('≠', { metaKey: true, altKey: true, code: 'Equal' }),
        true,
      ),
    ).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+/', press('/', { ctrlKey: true }), false)).toBe(true);
    expect(
      matchesAccelerator('CmdOrCtrl+Alt+-', press('-', { ctrlKey: true, altKey: true }), false),
    ).toBe(true);
  });

  it('leave keys the browser keeps (new window, close tab) alone', () => {
    expect(commandForKeyPress(press('n', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKeyPress(press('w', { ctrlKey: true }), false)).toBeNull();
  });
});
