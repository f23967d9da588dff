/**
 * The desktop app itself, driven through Playwright's Electron support: the secure window, the
 * IPC checks, open / run / step / save / export, the close prompt, crash recovery. It needs a
 * runnable Electron binary; where there is none (no download, no display) every test is
 * reported as skipped with the reason. The same journeys run in the web build (files.spec.ts).
 */
import {
  _electron as electron,
  type ElectronApplication,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../electron/electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = findElectronBinary();
const program = "setTimeout(() => console.log('timeout'), 0);\nconsole.log('sync');\n";

test.skip(!binary.ok, `Electron cannot run here: ${binary.ok ? '' : binary.reason}`);

let workDir: string;

test.beforeAll(async () => {
  // The app as `npm start` runs it: main, preload and renderer bundles in out/.
  const { build } = await import('electron-vite');
  await build({ root, configFile: path.join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
});

test.beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'loopscope-electron-'));
});
test.afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Starts Loopscope with its own user-data folder (so runs never share autosaves or locks). */
async function launch(
  files: string[] = [],
  userData = path.join(workDir, 'user-data'),
): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.ok) throw new Error('unreachable: the suite is skipped');
  // Chromium's OS sandbox refuses to start as root (CI containers); the renderer stays
  // sandboxed in Electron's sense (sandbox: true, no Node in the preload).
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({
    executablePath: binary.path,
    args: [...args, root, ...files],
    cwd: root,
    env: { ...process.env, LOOPSCOPE_USER_DATA: userData },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Clicks an application-menu item, as a person would. */
async function clickMenu(app: ElectronApplication, menu: string, label: string): Promise<void> {
  await app.evaluate(
    ({ Menu, BrowserWindow }, [menuLabel, itemLabel]) => {
      const top = Menu.getApplicationMenu()?.items.find((item) => item.label === menuLabel);
      const item = top?.submenu?.items.find((i) => i.label === itemLabel);
      if (!item) throw new Error(`no menu item ${menuLabel} > ${itemLabel}`);
      item.click(undefined, BrowserWindow.getAllWindows()[0], undefined);
    },
    [menu, label] as const,
  );
}

/** Makes the next open or save dialog answer `file` (native dialogs cannot be clicked). */
async function answerDialogs(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [chosen] });
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: chosen });
  }, file);
}

function editor(page: Page) {
  return page.locator('.cm-content').first();
}

/** The page runs on the desktop platform (renderer/platform/electron.ts), not the web one. */
async function expectDesktopPlatform(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-platform', 'electron');
}

test.describe('the desktop window', () => {
  test('is isolated and sandboxed, with the policy header and no way out', async () => {
    const { app, page } = await launch();
    try {
      // `getLastWebPreferences` is not in Electron's typings any more, but still there at run
      // time; where it is gone, the page-side checks below still prove isolation.
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
          getLastWebPreferences?: () => Record<string, unknown>;
        };
        return contents.getLastWebPreferences?.() ?? null;
      });
      if (preferences) {
        expect(preferences).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          webviewTag: false,
        });
      }
      expect(page.url()).toBe('app://loopscope/index.html');
      // Links the page tries to open are recorded here instead of reaching a real browser.
      await app.evaluate(({ shell }) => {
        const opened: string[] = [];
        (globalThis as { opened?: string[] }).opened = opened;
        shell.openExternal = async (url: string) => void opened.push(url);
      });
      const inPage = await page.evaluate(async () => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys(window.loopscope ?? {}).sort(),
        popup: window.open('https://example.com/') === null,
        csp: (await fetch('index.html')).headers.get('content-security-policy'),
      }));
      expect(inPage.require).toBe('undefined');
      expect(inPage.process).toBe('undefined');
      expect(inPage.api).toContain('openFileDialog');
      expect(inPage.api).not.toContain('invoke');
      expect(inPage.api).not.toContain('ipcRenderer');
      expect(inPage.popup).toBe(true);
      expect(inPage.csp).toContain("script-src 'self'");
      await page.evaluate(() => {
        window.location.href = 'http://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe('app://loopscope/index.html');
      // Only the https: link went to the system browser; the http: navigation went nowhere.
      expect(await app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual([
        'https://example.com/',
      ]);
    } finally {
      await app.close();
    }
  });

  test('refuses bad IPC arguments and saving over a file it did not open', async () => {
    const { app, page } = await launch();
    try {
      const relative = await page.evaluate(() =>
        window
          .loopscope!.saveFile({ path: 'relative.js', text: '' })
          .catch((e: Error) => e.message),
      );
      expect(relative).toMatch(/absolute path/);
      const stranger = path.join(workDir, 'stranger.js');
      await writeFile(stranger, 'theirs');
      const outcome = await page.evaluate(
        (file) => window.loopscope!.saveFile({ path: file, text: 'mine' }),
        stranger,
      );
      expect(outcome).toMatchObject({ status: 'failed' });
      expect(await readFile(stranger, 'utf8')).toBe('theirs');
    } finally {
      await app.close();
    }
  });

  test('exports to the file chosen in the save dialog', async () => {
    const { app, page } = await launch();
    try {
      const target = path.join(workDir, 'loop.gif');
      await answerDialogs(app, target);
      const outcome = await page.evaluate(() =>
        window.loopscope!.exportFile({
          suggestedName: 'loop.gif',
          bytes: new Uint8Array([71, 73, 70, 56]),
        }),
      );
      expect(outcome).toMatchObject({ status: 'saved', name: 'loop.gif' });
      expect(await readFile(target, 'utf8')).toBe('GIF8');
    } finally {
      await app.close();
    }
  });

  test('asks before closing with unsaved changes; Cancel keeps the window', async () => {
    const { app, page } = await launch();
    try {
      await page.evaluate(() =>
        window.loopscope!.setDocumentState({
          name: 'loop.js',
          path: null,
          dirty: true,
          model: 'browser',
        }),
      );
      const asked = await app.evaluate(({ dialog, BrowserWindow }) => {
        const messages: string[] = [];
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const options = args.at(-1) as { message: string };
          messages.push(options.message);
          return { response: 2, checkboxChecked: false }; // Cancel
        }) as typeof dialog.showMessageBox;
        BrowserWindow.getAllWindows()[0]!.close();
        return new Promise<string[]>((resolve) => setTimeout(() => resolve(messages), 500));
      });
      expect(asked).toEqual(['Do you want to save the changes you made to loop.js?']);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      );
    } finally {
      await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => {});
    }
  });
});

test.describe('files in the desktop app', () => {
  test('opens a file from the command line, runs, steps, saves it', async () => {
    const file = path.join(workDir, 'loop.js');
    await writeFile(file, program);
    const { app, page } = await launch([file]);
    try {
      await expectDesktopPlatform(page);
      await expect(editor(page)).toContainText("console.log('sync');");
      await expect(page).toHaveTitle('loop.js — Loopscope');
      await clickMenu(app, 'Run', 'Run');
      await clickMenu(app, 'Run', 'Step Forward');
      await editor(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('// edited\n');
      await expect(page).toHaveTitle('• loop.js — Loopscope');
      await clickMenu(app, 'File', 'Save');
      await expect(page).toHaveTitle('loop.js — Loopscope');
      expect(await readFile(file, 'utf8')).toContain('// edited');
    } finally {
      await app.close();
    }
  });

  test('opens by File > Open…, and refuses a corrupted session keeping the work', async () => {
    const good = path.join(workDir, 'good.js');
    const bad = path.join(workDir, 'bad.loopscope');
    await writeFile(good, program);
    await writeFile(bad, '{"format":"loopscope-session","version":1,"code":');
    const { app, page } = await launch();
    try {
      await expectDesktopPlatform(page);
      await answerDialogs(app, good);
      await clickMenu(app, 'File', 'Open…');
      await expect(editor(page)).toContainText("console.log('sync');");
      await answerDialogs(app, bad);
      await clickMenu(app, 'File', 'Open…');
      await expect(page.getByRole('alert')).toContainText('not valid JSON');
      await expect(editor(page)).toContainText("console.log('sync');");
    } finally {
      await app.close();
    }
  });

  test('offers unsaved work back after the app is killed', async () => {
    const userData = path.join(workDir, 'user-data');
    const first = await launch([], userData);
    await expectDesktopPlatform(first.page);
    await editor(first.page).click();
    await first.page.keyboard.type('// typed before the crash\n');
    await first.page.waitForTimeout(4000); // autosave runs every few seconds
    first.app.process().kill('SIGKILL');
    const second = await launch([], userData);
    try {
      await second.page.getByRole('button', { name: 'Restore' }).click();
      await expect(editor(second.page)).toContainText('// typed before the crash');
    } finally {
      await second.app.close();
    }
  });
});
