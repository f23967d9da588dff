/** The window fits 1280x720 and 1920x1080 without scrolling, in every theme; motion settles. */
import { expect, test } from '@playwright/test';
import { openApp, panelTokens, settled } from './helpers';

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  for (const theme of ['light', 'dark', 'projector']) {
    test(`fits ${width}x${height} without scrolling (${theme})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openApp(page);
      await page.getByTestId('theme').selectOption(theme);
      await page.keyboard.press('End');
      await settled(page);
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(overflow).toEqual({ x: 0, y: 0 });
      // Every part of the UI is inside the window.
      for (const id of ['run', 'open-help', 'stage', 'timeline', 'step-counter', 'editor']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(
          box.x >= 0 &&
            box.y >= 0 &&
            box.x + box.width <= width + 0.5 &&
            box.y + box.height <= height + 0.5,
          id,
        ).toBe(true);
      }
      // The toolbar stays one row.
      const toolbar = (await page.locator('.toolbar').boundingBox())!;
      expect(toolbar.height).toBeLessThan(64);
      expect(await panelTokens(page, 'console', 'console-line')).toHaveLength(8);
    });
  }
}

test('with motion allowed, a step animates and then settles', async ({ page }) => {
  await openApp(page, '', { motion: true });
  await page.getByTestId('speed').selectOption('0.25');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-settled', 'false');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-settled', 'true', {
    timeout: 5000,
  });
});

test('with reduced motion, a step shows at once', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('speed').selectOption('0.25');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-settled', 'true', { timeout: 100 });
});

test('an unsupported construct is marked in the editor and nothing runs', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('with (Math) { console.log(PI); }');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('editor-diagnostic')).toContainText(
    'not supported yet: with statements',
  );
  await expect(page.getByTestId('run-status')).toContainText('Nothing ran');
});
