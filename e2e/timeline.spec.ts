/** The timeline scrubber: markers, click, drag, hover preview; console lines link to their steps. */
import { expect, test, type Page } from '@playwright/test';
import { xOfStep } from '../renderer/view/timeline/scale';
import { consoleLines, currentStep, expectStep, openApp, settled, totalSteps } from './helpers';

/** Opens the app on its example: the trace's step count, the track's box and its middle line. */
async function openTimeline(page: Page) {
  await openApp(page);
  const total = await totalSteps(page);
  const box = (await page.getByTestId('timeline').boundingBox())!;
  return { total, box, y: box.y + box.height / 2 };
}

test('shows markers for task starts, microtask checkpoints and console lines', async ({ page }) => {
  await openApp(page);
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-markers-console', '8');
  expect(Number(await timeline.getAttribute('data-markers-tasks'))).toBeGreaterThanOrEqual(2);
  expect(Number(await timeline.getAttribute('data-markers-checkpoints'))).toBeGreaterThanOrEqual(1);
  await expect(timeline).toHaveAttribute('data-markers-errors', '0');
});

test('a click seeks, a drag follows the pointer, and the ends are the first and last steps', async ({
  page,
}) => {
  const { total, box, y } = await openTimeline(page);
  await page.mouse.click(box.x + box.width / 2, y);
  const middle = await currentStep(page);
  expect(Math.abs(middle - (total - 1) / 2)).toBeLessThanOrEqual(2);

  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  await expectStep(page, 0);
  let previous = 0;
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + (box.width * i) / 10, y);
    await expect.poll(() => currentStep(page)).toBeGreaterThan(previous);
    previous = await currentStep(page);
  }
  await page.mouse.move(box.x + box.width + 50, y);
  await expectStep(page, total - 1);
  await page.mouse.up();
  await settled(page);
  expect(await consoleLines(page)).toHaveLength(8);
});

test('a drag seeks as the pointer input arrives, and stops on the step under the pointer', async ({
  page,
}) => {
  const { total, box, y } = await openTimeline(page);
  const xAt = (step: number) => box.x + xOfStep(step, box.width, total);
  // The step on the stage when the frame's pointermove reaches the timeline, before any of the
  // app's pointermove handlers (React listens at the root) could seek.
  await page.evaluate(() => {
    const w = window as unknown as { stepsAtMove: string[] };
    w.stepsAtMove = [];
    const stage = document.querySelector('[data-testid="stage"]')!;
    document
      .querySelector('[data-testid="timeline"]')!
      .addEventListener('pointermove', () => w.stepsAtMove.push(stage.getAttribute('data-step')!), {
        capture: true,
      });
  });
  const lastStepAtMove = () =>
    page.evaluate(() => (window as unknown as { stepsAtMove: string[] }).stepsAtMove.at(-1));
  await page.mouse.move(xAt(0), y);
  await page.mouse.down();
  await expectStep(page, 0);
  const target = Math.round(total * 0.7);
  await page.mouse.move(xAt(target), y);
  await expectStep(page, target);
  // Sought from pointerrawupdate: the stage showed the step before pointermove was dispatched.
  expect(await lastStepAtMove()).toBe(String(target));
  // Many positions in a burst: coalesced, and the last one is the step shown.
  const stop = Math.round(total * 0.2);
  await page.mouse.move(xAt(stop), y, { steps: 30 });
  await expectStep(page, stop);
  await page.mouse.up();
  await settled(page);
  await expectStep(page, stop);
  await expect(page.getByTestId('timeline')).toHaveAttribute('aria-valuenow', String(stop));
});

test('hovering shows a preview of the step under the pointer', async ({ page }) => {
  const { total, box, y } = await openTimeline(page);
  const preview = page.getByTestId('timeline-preview');
  await expect(preview).toBeHidden();
  await page.mouse.move(box.x + box.width - 2, y);
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('timeline-preview-step')).toHaveText(`Step ${total}`);
  await expect(preview).toContainText('done');
  // Hovering does not move the current step.
  await expectStep(page, 0);
  await page.mouse.move(box.x + box.width / 2, box.y - 200);
  await expect(preview).toBeHidden();
});

test('clicking a console line jumps to the step that printed it', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('End');
  await settled(page);
  await page
    .locator('[data-testid="stage"] g[data-role="console-line"][aria-label="async2"]')
    .click();
  await settled(page);
  const lines = await consoleLines(page);
  expect(lines[lines.length - 1]).toBe('async2');
  // One step earlier, the line had not been printed.
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await consoleLines(page)).not.toContain('async2');
});
