/**
 * A call-stack frame opens to show its local variables and closure values: by click, and by
 * Enter or Space when focused (it is a button for the keyboard and for screen readers).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { run, snapshotAt, stepCount, stepRange } from '../interpreter/index';
import { encodeMoment } from '../renderer/app/urlState';
import { expectStep, openApp, settled } from './helpers';

// A counter closure: each call of `next` adds one to the `count` that `counter` closed over.
const COUNTER = `function counter() {
  let count = 0;
  return function inc() {
    count++;
    const seen = count;
    return seen;
  };
}
const next = counter();
next();
next();
next();
`;

/** The steps (browser model) at which `source` runs the code at `marker` in a frame named `name`. */
function stepsAt(
  source: string,
  marker: string,
  name: string,
): Array<{ step: number; frameId: number }> {
  const trace = run(source, { model: 'browser' });
  const at = source.indexOf(marker);
  const found = [];
  for (let step = 0; step < stepCount(trace); step++) {
    const top = snapshotAt(trace, step).stack.at(-1);
    if (top?.name === name && stepRange(trace, step)[0] === at)
      found.push({ step, frameId: top.id });
  }
  return found;
}

/**
 * The step at which the third call of `inc` is at `return seen`, found in the program's own
 * trace: by then `count` has been incremented three times and `seen` copied it.
 */
function thirdReturn(): number {
  const returns = stepsAt(COUNTER, 'return seen', 'inc');
  const third = [...new Set(returns.map((r) => r.frameId))][2];
  const found = returns.find((r) => r.frameId === third);
  if (!found) throw new Error('the third return was not found');
  return found.step;
}

function topFrame(page: Page): Locator {
  return page.locator('[data-testid="stage"] g[data-role="frame"][data-toggle]').last();
}

async function openAtThirdReturn(page: Page): Promise<number> {
  const step = thirdReturn();
  await openApp(page, encodeMoment({ source: COUNTER, model: 'browser', step, exampleId: null }));
  await expectStep(page, step);
  await settled(page);
  return step;
}

test('a frame opens to show its locals and the closure it captured, and closes again', async ({
  page,
}) => {
  const step = await openAtThirdReturn(page);
  const frame = topFrame(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'false');
  await expect(frame).toHaveAttribute('aria-label', /^inc \(/);

  await frame.click();
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'true');
  const label = (await frame.getAttribute('aria-label')) ?? '';
  // Three calls: count was incremented three times, and seen holds the value it read.
  expect(label).toContain('Local: seen = 3');
  expect(label).toContain('Closure (counter): count = 3');
  expect(label).toContain('next = [Function: inc]');
  // What the label says is drawn, too.
  await expect(frame).toContainText('count: 3');
  await expect(frame).toContainText('seen: 3');
  // Opening a frame does not move the step.
  await expectStep(page, step);

  await frame.click();
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'false');
  await expect(frame).not.toContainText('count: 3');
});

test('a frame opens and closes from the keyboard, and Space does not also play', async ({
  page,
}) => {
  const step = await openAtThirdReturn(page);
  const frame = topFrame(page);
  await frame.focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'true');
  await expect(frame).toBeFocused();
  await page.keyboard.press(' ');
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('play-pause')).toHaveAttribute('aria-pressed', 'false');
  await expectStep(page, step);
  // In the tab order like any other control.
  await expect(frame).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Space');
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'true');
});

// A comparator the built-in sort calls: its frame is "called by a builtin" and has locals too.
const SORT = `const xs = [30, 10, 20];
xs.sort(function byValue(a, b) {
  return a - b;
});
`;

test('a callback a built-in calls opens to show its parameters', async ({ page }) => {
  const step = stepsAt(SORT, 'return a - b', 'byValue')[0]?.step ?? -1;
  expect(step).toBeGreaterThan(0);
  await openApp(page, encodeMoment({ source: SORT, model: 'browser', step, exampleId: null }));
  await expectStep(page, step);
  await settled(page);
  const frame = topFrame(page);
  await expect(frame).toHaveAttribute('aria-label', /^byValue \(/);
  await frame.click();
  await settled(page);
  await expect(frame).toHaveAttribute('aria-expanded', 'true');
  // The comparator is given two of the numbers (which two is the sort's business).
  expect(await frame.getAttribute('aria-label')).toMatch(/Local: a = (10|20|30), b = (10|20|30)/);
});

test('an open frame at 1920x1080 in each theme (screenshots to look at)', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAtThirdReturn(page);
  await topFrame(page).click();
  for (const theme of ['light', 'dark', 'projector']) {
    await page.getByTestId('theme').selectOption(theme);
    await settled(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `test-results/locals-${theme}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await settled(page);
  await page.screenshot({ path: 'test-results/locals-projector-1280.png' });
});
