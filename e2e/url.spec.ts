/** The URL keeps the moment: model, code and step. A link reopens the same moment. */
import { expect, test } from '@playwright/test';
import { caption, consoleLines, currentStep, expectStep, openApp, runProgram } from './helpers';

test('a link reopens the same example, model and step', async ({ page, context }) => {
  await openApp(page);
  await page.getByTestId('model-node').click();
  await expect(page.getByTestId('model-node')).toHaveAttribute('aria-checked', 'true');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  const step = await currentStep(page);
  const lines = await consoleLines(page);
  const said = await caption(page);
  await expect(page).toHaveURL(new RegExp(`#example=classic&model=node&step=${step}$`));
  const url = page.url();

  const other = await context.newPage();
  await openApp(other, new URL(url).hash);
  await expectStep(other, step);
  await expect(other.getByTestId('model-node')).toHaveAttribute('aria-checked', 'true');
  expect(await consoleLines(other)).toEqual(lines);
  expect(await caption(other)).toBe(said);
});

test('edited code travels in the link itself', async ({ page, context }) => {
  await openApp(page);
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type("console.log('edited: ünïcode & more');");
  await runProgram(page);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/#code=[\w-]+&model=browser&step=\d+$/);
  const url = page.url();

  const other = await context.newPage();
  await openApp(other, new URL(url).hash);
  await expect(other.getByTestId('editor')).toContainText("console.log('edited: ünïcode & more');");
  expect(await consoleLines(other)).toContain('edited: ünïcode & more');
});

test('a damaged link opens the default example instead of failing', async ({ page }) => {
  await openApp(page, '#code=not*valid&step=5');
  await expect(page.getByTestId('editor')).toContainText('async function async1()');
  await expectStep(page, 0);
});
