/**
 * The application menu as a template (data), built from what it needs to know, so a test can
 * read every item. Most items send a MenuCommand to the window, which owns the document and the
 * player; the Edit items are Electron roles, which act on the focused editor natively.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile, RunModel } from './api';

export interface MenuOptions {
  appName: string;
  /** macOS has an application menu and puts Quit, About and Settings there. */
  isMac: boolean;
  /** Development builds get Reload and the developer tools. */
  isDev: boolean;
  recentFiles: readonly RecentFile[];
  model: RunModel;
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

/** Menu items that send a command, with their labels and accelerators, by menu. */
export const COMMAND_ITEMS = {
  File: [
    { command: 'file.new', label: 'New', accelerator: 'CmdOrCtrl+N' },
    { command: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O' },
    { command: 'file.save', label: 'Save', accelerator: 'CmdOrCtrl+S' },
    { command: 'file.save-as', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S' },
    { command: 'file.export', label: 'Export…', accelerator: 'CmdOrCtrl+E' },
  ],
  View: [
    { command: 'view.toggle-theme', label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+L' },
    { command: 'view.projector-mode', label: 'Projector Mode', accelerator: 'CmdOrCtrl+Shift+P' },
    { command: 'view.font-bigger', label: 'Bigger Code Font', accelerator: 'CmdOrCtrl+Alt+=' },
    { command: 'view.font-smaller', label: 'Smaller Code Font', accelerator: 'CmdOrCtrl+Alt+-' },
    { command: 'view.font-reset', label: 'Default Code Font', accelerator: 'CmdOrCtrl+Alt+0' },
    { command: 'view.toggle-editor', label: 'Show/Hide Editor', accelerator: 'CmdOrCtrl+1' },
    { command: 'view.toggle-console', label: 'Show/Hide Console', accelerator: 'CmdOrCtrl+2' },
    { command: 'view.toggle-timeline', label: 'Show/Hide Timeline', accelerator: 'CmdOrCtrl+3' },
  ],
  Run: [
    { command: 'run.run', label: 'Run', accelerator: 'CmdOrCtrl+Enter' },
    { command: 'run.stop', label: 'Stop', accelerator: 'Shift+F5' },
    { command: 'run.step-forward', label: 'Step Forward', accelerator: 'F10' },
    { command: 'run.step-back', label: 'Step Back', accelerator: 'Shift+F10' },
    { command: 'run.play-pause', label: 'Play/Pause', accelerator: 'F8' },
    { command: 'run.to-start', label: 'Go to First Step', accelerator: 'CmdOrCtrl+Shift+Home' },
    { command: 'run.to-end', label: 'Go to Last Step', accelerator: 'CmdOrCtrl+Shift+End' },
  ],
} as const satisfies Record<
  string,
  readonly { command: MenuCommand; label: string; accelerator: string }[]
>;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, send } = options;
  const commandItem = (item: { command: MenuCommand; label: string; accelerator: string }) => ({
    label: item.label,
    accelerator: item.accelerator,
    click: () => send(item.command),
  });
  const [newItem, openItem, saveItem, saveAsItem, exportItem] = COMMAND_ITEMS.File.map(commandItem);

  const recentItems: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : options.recentFiles.map((file) => ({
          label: file.name,
          toolTip: file.path,
          click: () => options.openRecent(file.path),
        }));

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      newItem,
      openItem,
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            label: 'Clear Recent Files',
            enabled: options.recentFiles.length > 0,
            click: options.clearRecent,
          },
        ],
      },
      { type: 'separator' },
      saveItem,
      saveAsItem,
      exportItem,
      { type: 'separator' },
      // Closing goes through the window's close event, which asks about unsaved changes.
      { label: 'Close Window', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('edit.find') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...COMMAND_ITEMS.View.slice(0, 2).map(commandItem),
      { type: 'separator' },
      ...COMMAND_ITEMS.View.slice(2, 5).map(commandItem),
      { type: 'separator' },
      ...COMMAND_ITEMS.View.slice(5).map(commandItem),
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { role: 'togglefullscreen' },
      ...(options.isDev
        ? [
            { type: 'separator' as const },
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };

  const run: MenuItemConstructorOptions = {
    label: 'Run',
    submenu: [
      ...COMMAND_ITEMS.Run.slice(0, 2).map(commandItem),
      { type: 'separator' },
      ...COMMAND_ITEMS.Run.slice(2).map(commandItem),
      { type: 'separator' },
      {
        label: 'Browser Event Loop',
        type: 'radio',
        checked: options.model === 'browser',
        click: () => send('run.model-browser'),
      },
      {
        label: 'Node.js Event Loop',
        type: 'radio',
        checked: options.model === 'node',
        click: () => send('run.model-node'),
      },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [
      {
        label: 'Keyboard Shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: () => send('help.shortcuts'),
      },
      ...(isMac ? [] : [{ label: `About ${options.appName}`, click: options.showAbout }]),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: options.showAbout },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, run, help];
}
