/** Every transport control, the speed, the type size, the theme and the pane splitter. */
import { expect, test } from '@playwright/test';
import {
  consoleLines,
  currentStep,
  expectStep,
  openApp,
  panelTokens,
  settled,
  totalSteps,
} from './helpers';

test('the step buttons move by event steps and by fine steps, and jump to either end', async ({
  page,
}) => {
  await openApp(page);
  const total = await totalSteps(page);
  await expectStep(page, 0);
  await expect(page.getByTestId('jump-start')).toBeDisabled();
  await expect(page.getByTestId('step-back-event')).toBeDisabled();

  await page.getByTestId('step-forward-fine').click();
  await expectStep(page, 1);
  await page.getByTestId('step-back-fine').click();
  await expectStep(page, 0);

  // An event step skips the fine steps where nothing visible changes: the first console line
  // is reached in fewer event steps than fine steps.
  let eventClicks = 0;
  while ((await consoleLines(page)).length === 0) {
    await page.getByTestId('step-forward-event').click();
    eventClicks++;
  }
  const printedAt = await currentStep(page);
  expect(eventClicks).toBeLessThan(printedAt);
  await page.getByTestId('step-back-event').click();
  expect(await currentStep(page)).toBeLessThan(printedAt);
  expect(await consoleLines(page)).toEqual([]);

  await page.getByTestId('jump-end').click();
  await expectStep(page, total - 1);
  await expect(page.getByTestId('step-forward-event')).toBeDisabled();
  await expect(page.getByTestId('jump-end')).toBeDisabled();
  await page.getByTestId('jump-start').click();
  await expectStep(page, 0);
});

test('play runs through the trace at the chosen speed and pause stops it', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('speed').selectOption('4');
  await expect(page.getByTestId('speed')).toHaveValue('4');
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => currentStep(page)).toBeGreaterThan(3);
  await page.getByTestId('play-pause').click();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  const stoppedAt = await currentStep(page);
  await page.waitForTimeout(600);
  expect(await currentStep(page)).toBe(stoppedAt);

  // Played to the end, it stops there; played again from the end, it starts over.
  await page.getByTestId('jump-end').click();
  await page.getByTestId('play-pause').click();
  await expect.poll(() => currentStep(page)).toBeLessThan(5);
  await page.getByTestId('play-pause').click();
});

test('the type size buttons scale the stage text and the editor', async ({ page }) => {
  await openApp(page);
  const captionSize = () =>
    page
      .locator('[data-testid="stage"] g[data-role="caption"] text')
      .first()
      .getAttribute('font-size')
      .then(Number);
  const editorSize = () =>
    page.locator('.cm-content').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const [stage0, editor0] = [await captionSize(), await editorSize()];
  await page.getByTestId('font-larger').click();
  await expect(page.getByTestId('font-scale')).toHaveText('115%');
  await settled(page);
  expect(await captionSize()).toBeGreaterThan(stage0);
  expect(await editorSize()).toBeGreaterThan(editor0);
  await page.getByTestId('font-smaller').click();
  await page.getByTestId('font-smaller').click();
  await expect(page.getByTestId('font-scale')).toHaveText('90%');
  await settled(page);
  expect(await captionSize()).toBeLessThan(stage0);
});

test('the theme select restyles the stage and the UI, and is remembered', async ({ page }) => {
  await openApp(page);
  const background = () =>
    page.getByTestId('stage').evaluate((el) => getComputedStyle(el).backgroundColor);
  const light = await background();
  await page.getByTestId('theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.getByTestId('theme').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
});

test('dragging the splitter resizes the editor and the stage', async ({ page }) => {
  await openApp(page);
  const editorWidth = () =>
    page.locator('.editor-pane').evaluate((el) => el.getBoundingClientRect().width);
  const before = await editorWidth();
  const handle = (await page.getByTestId('splitter').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x + 150, handle.y + 200, { steps: 5 });
  await page.mouse.up();
  expect(await editorWidth()).toBeGreaterThan(before + 100);
  // The stage lays itself out again for its new size.
  await settled(page);
  const stageWidth = await page
    .getByTestId('stage')
    .evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
  expect(stageWidth).toBeLessThan(1280 - before - 100);
  expect(await panelTokens(page, 'stack', 'frame')).toHaveLength(1);
});

test('the help button opens the list of shortcuts and Escape closes it', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-help').click();
  const help = page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  for (const text of ['Space', 'Shift', 'Home', 'End', 'Play / pause', 'Next fine step'])
    await expect(help).toContainText(text);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByTestId('open-help').click();
  await page.getByTestId('close-dialog').click();
  await expect(help).toBeHidden();
});
