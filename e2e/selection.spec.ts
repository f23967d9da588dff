/**
 * A range of steps selected on the timeline: shift+drag or the I and O keys make it, it is drawn
 * on the track and named above it, Esc or Clear removes it, a new run drops it, and the export
 * dialog's range starts as it.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectStep, openApp, runProgram, totalSteps } from './helpers';

async function selection(page: Page): Promise<{ from: number; to: number } | null> {
  const band = page.getByTestId('timeline-selection');
  if ((await band.count()) === 0) return null;
  return {
    from: Number(await band.getAttribute('data-from')),
    to: Number(await band.getAttribute('data-to')),
  };
}

async function trackPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('timeline').boundingBox())!;
  // The track keeps 8 px at each end (renderer/view/timeline/scale.ts).
  return { x: box.x + 8 + fraction * (box.width - 16), y: box.y + box.height / 2 };
}

/** Drags along the track with Shift held, from one point to another. */
async function shiftDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y);
  await page.mouse.move(to.x, to.y);
  await page.mouse.up();
  await page.keyboard.up('Shift');
}

test('shift+drag selects steps without moving the playhead; Clear removes the selection', async ({
  page,
}) => {
  await openApp(page);
  const total = await totalSteps(page);
  const start = await trackPoint(page, 0.25);
  const end = await trackPoint(page, 0.75);
  await shiftDrag(page, start, end);

  const selected = (await selection(page))!;
  expect(Math.abs(selected.from - 0.25 * (total - 1))).toBeLessThanOrEqual(1);
  expect(Math.abs(selected.to - 0.75 * (total - 1))).toBeLessThanOrEqual(1);
  await expectStep(page, 0);
  await expect(page.getByTestId('timeline-selection-label')).toContainText(
    `steps ${selected.from + 1}–${selected.to + 1}`,
  );
  // The band covers the selected part of the track (to within half a step and its border).
  const band = (await page.getByTestId('timeline-selection').boundingBox())!;
  const track = (await page.getByTestId('timeline').boundingBox())!;
  const slack = (track.width - 16) / (total - 1) / 2 + 4;
  expect(Math.abs(band.x - start.x)).toBeLessThanOrEqual(slack);
  expect(Math.abs(band.x + band.width - end.x)).toBeLessThanOrEqual(slack);

  await page.getByTestId('timeline-selection-clear').click();
  expect(await selection(page)).toBeNull();
  await expect(page.getByTestId('timeline-selection-bar')).toHaveCount(0);

  // Dragging right to left selects the same way; a plain click still seeks.
  await shiftDrag(page, end, start);
  expect(await selection(page)).toEqual(selected);
  await page.mouse.click(end.x, end.y);
  await expectStep(page, selected.to);
  expect(await selection(page)).toEqual(selected);
});

test('I and O mark the ends at the current step; Esc clears; a new run drops the selection', async ({
  page,
}) => {
  await openApp(page);
  const total = await totalSteps(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, 3);
  await page.keyboard.press('i');
  expect(await selection(page)).toEqual({ from: 3, to: total - 1 });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, 8);
  await page.keyboard.press('o');
  expect(await selection(page)).toEqual({ from: 3, to: 8 });
  // An end before the start starts the selection at the first step.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('o');
  expect(await selection(page)).toEqual({ from: 0, to: 1 });

  await page.keyboard.press('Escape');
  expect(await selection(page)).toBeNull();

  await page.keyboard.press('o');
  expect(await selection(page)).not.toBeNull();
  await runProgram(page);
  expect(await selection(page)).toBeNull();
});

test('the export dialog covers the selected steps; without a selection, the whole trace', async ({
  page,
}) => {
  await openApp(page);
  const total = await totalSteps(page);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-range-whole')).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);

  const start = await trackPoint(page, 0.2);
  const end = await trackPoint(page, 0.6);
  await shiftDrag(page, start, end);
  const selected = (await selection(page))!;
  expect(selected.to).toBeGreaterThan(selected.from);
  expect(selected.to).toBeLessThan(total - 1);

  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-range-steps')).toBeChecked();
  await expect(page.getByTestId('export-range-from')).toHaveValue(String(selected.from + 1));
  await expect(page.getByTestId('export-range-to')).toHaveValue(String(selected.to + 1));
  await page.getByTestId('export-format-gif').check();
  await expect(page.getByTestId('export-summary')).toBeVisible();
});
