/** The keyboard shortcuts, and that typing in the editor is not taken for them. */
import { expect, test } from '@playwright/test';
import { currentStep, expectStep, openApp, totalSteps } from './helpers';

test('arrows step by event steps, shift+arrows by fine steps, Home and End jump', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, 1);
  await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, 2);
  await page.keyboard.press('Shift+ArrowLeft');
  await expectStep(page, 1);
  await page.keyboard.press('ArrowRight');
  const afterEvent = await currentStep(page);
  expect(afterEvent).toBeGreaterThan(1);
  await page.keyboard.press('ArrowRight');
  expect(await currentStep(page)).toBeGreaterThan(afterEvent);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, afterEvent);
  await page.keyboard.press('End');
  await expectStep(page, (await totalSteps(page)) - 1);
  await page.keyboard.press('Home');
  await expectStep(page, 0);
});

test('space plays and pauses, even after a button was clicked', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('step-forward-fine').click();
  await expectStep(page, 1);
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page.getByTestId('speed')).toHaveValue('4');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => currentStep(page)).toBeGreaterThan(2);
  await page.keyboard.press(' ');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('[');
  await expect(page.getByTestId('speed')).toHaveValue('3');
});

test('+, -, T, G and ? change size and theme and open the gallery and help', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('+');
  await expect(page.getByTestId('font-scale')).toHaveText('115%');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(page.getByTestId('font-scale')).toHaveText('90%');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('g');
  await expect(page.getByTestId('gallery')).toBeVisible();
  // Shortcuts wait while a dialog is open.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('gallery')).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toBeHidden();
});

test('keys typed into the editor stay in the editor; Ctrl+Enter runs', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// t g');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expectStep(page, 0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('gallery')).toBeHidden();
  await expect(page.getByTestId('run-status')).toContainText('code has changed');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('run-status')).toBeHidden();
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'true');
});
