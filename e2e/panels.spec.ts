/**
 * The View menu: the editor, the console (a part of the stage) and the timeline can be hidden
 * and shown again; the other panels take the room; the choice survives a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { consoleLines, openApp, painted, settled } from './helpers';

async function toggle(page: Page, panel: 'editor' | 'console' | 'timeline'): Promise<void> {
  if ((await page.getByTestId('view-menu').getAttribute('aria-expanded')) !== 'true')
    await page.getByTestId('view-menu').click();
  await page.getByTestId(`view-panel-${panel}`).click();
}

async function panelBox(page: Page, panel: string) {
  await settled(page);
  return page
    .locator(`[data-testid="stage"] g[data-panel="${panel}"][data-role="panel"]`)
    .first()
    .boundingBox();
}

test('hiding the console removes it from the stage and gives its room to the queues; shown again, it is back', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('End');
  expect((await consoleLines(page)).length).toBeGreaterThan(0);
  const queueBefore = (await panelBox(page, 'tasks'))!;

  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-panel-console')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('view-panel-console').click();
  await expect(page.getByTestId('view-panel-console')).toHaveAttribute('aria-checked', 'false');
  await settled(page);
  await expect(page.locator('[data-testid="stage"] g[data-panel="console"]')).toHaveCount(0);
  const queueAfter = (await panelBox(page, 'tasks'))!;
  expect(queueAfter.width).toBeGreaterThan(queueBefore.width + 50);
  // No notice claims it cannot be done.
  await expect(page.getByText('not available yet')).toHaveCount(0);

  await page.getByTestId('view-panel-console').click();
  await settled(page);
  expect((await consoleLines(page)).length).toBeGreaterThan(0);
  expect((await panelBox(page, 'tasks'))!.width).toBeCloseTo(queueBefore.width, 0);
});

test('the editor and the timeline hide and show from the View menu; Esc closes the menu', async ({
  page,
}) => {
  await openApp(page);
  const stageBefore = (await page.getByTestId('stage').boundingBox())!;
  await toggle(page, 'editor');
  await expect(page.getByTestId('view-panel-editor')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('editor')).toBeHidden();
  await expect
    .poll(async () => (await page.getByTestId('stage').boundingBox())!.width)
    .toBeGreaterThan(stageBefore.width + 200);

  await toggle(page, 'timeline');
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('[role="menu"]')).toHaveCount(0);

  await toggle(page, 'timeline');
  await toggle(page, 'editor');
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('editor')).toBeVisible();
});

test('hidden panels stay hidden after a reload', async ({ page }) => {
  await openApp(page);
  await toggle(page, 'console');
  await toggle(page, 'timeline');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByTestId('step-total')).toBeVisible();
  await painted(page);
  await settled(page);
  await expect(page.locator('[data-testid="stage"] g[data-panel="console"]')).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await page.getByTestId('view-menu').click();
  await expect(page.getByTestId('view-panel-console')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('view-panel-timeline')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('view-panel-editor')).toHaveAttribute('aria-checked', 'true');
  // Shown again, and remembered so.
  await toggle(page, 'console');
  await toggle(page, 'timeline');
  await page.reload();
  await expect(page.getByTestId('step-total')).toBeVisible();
  await settled(page);
  expect((await consoleLines(page)).length).toBeGreaterThanOrEqual(0);
  await expect(page.locator('[data-testid="stage"] g[data-panel="console"]').first()).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeVisible();
});
