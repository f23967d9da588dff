/**
 * The walking skeleton, end to end: the web build loads, the classic async/await example runs in
 * the worker, and stepping through it shows the queues and the console at each step.
 */
import { expect, test } from '@playwright/test';
import { encodeSource } from '../renderer/app/urlState';
import { consoleLines, openApp, panelTokens, runProgram, settled, totalSteps } from './helpers';

test('runs the classic async/await example and steps through it', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('editor')).toContainText('async function async1()');
  await runProgram(page);
  const total = await totalSteps(page);
  expect(total).toBeGreaterThan(10);

  // Nothing printed before the first step that prints.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('jump-start')).toBeDisabled();
  expect(await consoleLines(page)).toEqual([]);
  expect(await panelTokens(page, 'stack', 'frame')).toEqual([expect.stringContaining('<script>')]);

  // Step by event steps until the await has suspended async1: its continuation waits in the
  // microtask queue while the timer's callback waits in the task queue (a 0 ms timer is due at
  // once: Chromium queues its task when it is set).
  const forward = page.getByTestId('step-forward-event');
  for (let i = 0; i < 40; i++) {
    const jobs = await panelTokens(page, 'microtasks', 'job');
    if (jobs.some((j) => j.includes('async1'))) break;
    await forward.click();
  }
  expect(await panelTokens(page, 'microtasks', 'job')).toEqual([
    expect.stringMatching(/^async1 \(await continuation\)/),
  ]);
  expect(await panelTokens(page, 'tasks', 'task')).toEqual([expect.stringMatching(/^timeout/)]);
  expect(await consoleLines(page)).toEqual(['script start', 'async1 start', 'async2']);
  await expect(page.locator('[data-testid="editor-step"]')).toBeVisible();

  // A few steps in: the screenshot the README shows.
  await forward.click();
  await forward.click();
  await settled(page);
  await page.screenshot({ path: 'e2e/screenshots/skeleton.png' });

  // At the end, the console holds what the program printed, in V8's order, and the queues are empty.
  await page.getByTestId('jump-end').click();
  await settled(page);
  expect(await consoleLines(page)).toEqual([
    'script start',
    'async1 start',
    'async2',
    'promise1',
    'script end',
    'async1 end',
    'promise2',
    'setTimeout',
  ]);
  expect(await panelTokens(page, 'microtasks', 'job')).toEqual([]);
  expect(await panelTokens(page, 'tasks', 'task')).toEqual([]);
  expect(await panelTokens(page, 'stack', 'frame')).toEqual([]);

  // Stepping back goes back in time: the last line disappears again.
  await page.getByTestId('step-back-event').click();
  await page.getByTestId('step-back-event').click();
  expect(await consoleLines(page)).not.toContain('setTimeout');

  // The timeline moves through the same steps: its left end is the start.
  const box = (await page.getByTestId('timeline').boundingBox())!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(page.getByTestId('step-current')).toHaveText('1');
  expect(await consoleLines(page)).toEqual([]);
});

test('a limit met while running stops the run there, and says the trace so far is shown', async ({
  page,
}) => {
  // An array this long is past the interpreter's dense storage (a limit, not a construct).
  const source = ["console.log('before');", 'const big = [];', 'big[60000000] = 1;'].join('\n');
  await openApp(page, `#code=${encodeSource(source)}&model=browser`);
  await expect(page.getByTestId('run-status')).toContainText(
    'The run stopped: not supported yet: arrays longer than 50,000,000 elements at line 3:1. Everything up to that point is shown.',
  );
  await page.keyboard.press('End');
  expect(await consoleLines(page)).toEqual(['before']);
});

test('a syntax error is shown in the editor and nothing runs', async ({ page }) => {
  await openApp(page);
  const content = page.getByTestId('editor-content');
  await content.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nconst = 1;');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('editor-diagnostic')).toContainText('SyntaxError');
  await expect(page.getByTestId('run-status')).toContainText('Nothing ran');
});
