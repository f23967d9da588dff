import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from './api';
import { buildMenuTemplate, type MenuOptions } from './menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    appName: 'Loopscope',
    isMac: false,
    isDev: false,
    recentFiles: [],
    model: 'browser',
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  };
}

/** Every item of the template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const click = (item: MenuItemConstructorOptions) =>
  (item.click as unknown as () => void | undefined)?.();

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

describe('the application menu', () => {
  it('has File, Edit, View, Run and Help; macOS adds the app menu first', () => {
    expect(buildMenuTemplate(options()).map((m) => m.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Run',
      'Help',
    ]);
    expect(buildMenuTemplate(options({ isMac: true })).map((m) => m.label)).toEqual([
      'Loopscope',
      'File',
      'Edit',
      'View',
      'Run',
      'Help',
    ]);
  });

  it('sends every menu command the window handles, each from one item', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(options({ send }));
    for (const item of items(template)) if (item.click && !item.role) click(item);
    const sent = send.mock.calls.map(([command]) => command as MenuCommand);
    const expected: MenuCommand[] = [
      'file.new',
      'file.open',
      'file.save',
      'file.save-as',
      'file.export',
      'edit.find',
      'view.toggle-theme',
      'view.projector-mode',
      'view.font-bigger',
      'view.font-smaller',
      'view.font-reset',
      'view.toggle-editor',
      'view.toggle-console',
      'view.toggle-timeline',
      'run.run',
      'run.stop',
      'run.step-forward',
      'run.step-back',
      'run.play-pause',
      'run.to-start',
      'run.to-end',
      'run.model-browser',
      'run.model-node',
      'help.shortcuts',
    ];
    expect([...sent].sort()).toEqual([...expected].sort());
  });

  it('gives the usual items their usual accelerators, and no accelerator twice', () => {
    const template = buildMenuTemplate(options());
    const accelerators = items(template).flatMap((item) =>
      item.accelerator ? [String(item.accelerator)] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(find(template, 'New').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(find(template, 'Save As…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(template, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(find(template, 'Close Window').accelerator).toBe('CmdOrCtrl+W');
  });

  it('uses native roles for editing, zoom and full screen', () => {
    const roles = items(buildMenuTemplate(options())).flatMap((item) =>
      item.role ? [item.role] : [],
    );
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'close',
      'quit',
    ]) {
      expect(roles).toContain(role);
    }
  });

  it('keeps Quit and About in the app menu on macOS, in File and Help elsewhere', () => {
    const mac = buildMenuTemplate(options({ isMac: true }));
    const others = buildMenuTemplate(options({ isMac: false }));
    const roleIn = (menu: MenuItemConstructorOptions, role: string) =>
      (menu.submenu as MenuItemConstructorOptions[]).some((item) => item.role === role);
    expect(roleIn(mac[0]!, 'quit')).toBe(true);
    expect(roleIn(mac[1]!, 'quit')).toBe(false);
    expect(roleIn(others[0]!, 'quit')).toBe(true);
    const showAbout = vi.fn();
    click(find(buildMenuTemplate(options({ showAbout })), 'About Loopscope'));
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('lists recent files, opens one by its path, and clears them', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const recentFiles = [
      { path: '/home/ada/loop.js', name: 'loop.js' },
      { path: '/home/ada/talk.loopscope', name: 'talk.loopscope' },
    ];
    const template = buildMenuTemplate(options({ recentFiles, openRecent, clearRecent }));
    const recent = find(template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label)).toEqual([
      'loop.js',
      'talk.loopscope',
      undefined,
      'Clear Recent Files',
    ]);
    click(recent[1]!);
    expect(openRecent).toHaveBeenCalledWith('/home/ada/talk.loopscope');
    click(recent[3]!);
    expect(clearRecent).toHaveBeenCalledOnce();
  });

  it('says when there are no recent files', () => {
    const recent = find(buildMenuTemplate(options()), 'Open Recent')
      .submenu as MenuItemConstructorOptions[];
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recent Files', enabled: false });
  });

  it('checks the current event-loop model', () => {
    const node = buildMenuTemplate(options({ model: 'node' }));
    expect(find(node, 'Node.js Event Loop').checked).toBe(true);
    expect(find(node, 'Browser Event Loop').checked).toBe(false);
  });

  it('offers reload and developer tools in development only', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate(options({ isDev }))).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });
});
