/** The examples gallery and the browser/node model switch. */
import { expect, test } from '@playwright/test';
import { openApp, panelTokens } from './helpers';

test('lists at least 15 examples, each with a title and what to watch', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-gallery').click();
  const items = page.locator('[data-testid^="gallery-item-"]');
  expect(await items.count()).toBeGreaterThanOrEqual(15);
  for (const item of await items.all()) {
    await expect(item.locator('.gallery-title')).not.toBeEmpty();
    await expect(item.locator('.gallery-watch')).not.toBeEmpty();
  }
});

test('every example loads, switches to its model and runs', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByTestId('open-gallery').click();
  const ids = await page
    .locator('[data-testid^="gallery-item-"]')
    .evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.slice('gallery-item-'.length)),
    );
  await page.keyboard.press('Escape');
  for (const id of ids) {
    await page.getByTestId('open-gallery').click();
    const item = page.getByTestId(`gallery-item-${id}`);
    const isNode = (await item.locator('.badge').count()) > 0;
    await item.click();
    await expect(page.getByTestId('gallery')).toBeHidden();
    await expect(page.getByTestId(isNode ? 'model-node' : 'model-browser')).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(page.getByTestId('step-total')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`example=${id}&model=${isNode ? 'node' : 'browser'}`));
    expect(await panelTokens(page, 'loop', 'panel')).toEqual(['Event loop']);
  }
});

test('the microtask loop example stops calmly at the step limit, which the controls set', async ({
  page,
}) => {
  // 1,000,000 steps (the default limit) take a few seconds to run on a busy machine.
  await page.goto('/#example=starvation');
  await expect(page.getByTestId('step-total')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('step-limit')).toHaveValue('1000000');
  await expect(page.getByTestId('run-status')).toContainText(
    'Stopped after 1,000,000 steps: this program does not finish by itself',
  );
  await page.keyboard.press('End');
  // The timer is due, but its task waits behind a microtask queue that never empties.
  expect(await panelTokens(page, 'tasks', 'task')).toEqual([expect.stringMatching(/^timeout/)]);

  // A lower limit runs the program again and stops it sooner.
  await page.getByTestId('step-limit').selectOption('10000');
  await expect(page.getByTestId('run-status')).toContainText('Stopped after 10,000 steps');
  await expect(page.getByTestId('step-total')).not.toHaveText('');
});

test('the model switch runs the program again in the other runtime', async ({ page }) => {
  await openApp(page);
  expect(await panelTokens(page, 'host', 'panel')).toEqual(['Web APIs']);
  await page.getByTestId('model-node').click();
  await expect(page.getByTestId('model-node')).toHaveAttribute('aria-checked', 'true');
  await expect.poll(() => panelTokens(page, 'host', 'panel')).toEqual(['Node APIs']);
  expect(await panelTokens(page, 'check-queue', 'panel')).toEqual(['Check phase']);
  await expect(page).toHaveURL(/model=node/);
  await page.getByTestId('model-browser').click();
  await expect.poll(() => panelTokens(page, 'host', 'panel')).toEqual(['Web APIs']);
});

test('the fetch example says on screen that fetch is simulated, with its latency', async ({
  page,
}) => {
  await openApp(page, '#example=fetch');
  await expect(page.getByTestId('run-status')).toContainText(
    /fetch is simulated: \S+ answers 200 OK after \d+ ms of virtual time\./,
  );
});
