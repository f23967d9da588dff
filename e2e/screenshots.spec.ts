/**
 * Fixed moments in each theme at 1920x1080, kept as files (e2e/screenshots/) for the README and
 * for people to look at: they are not compared pixel by pixel.
 */
import { test } from '@playwright/test';
import { openApp, settled } from './helpers';

const MOMENTS = [
  // The await has suspended async1: its continuation waits in the microtask queue; the 0 ms timer
  // has expired, and its task waits in the task queue.
  { name: 'await', hash: '#example=classic&model=browser&step=20' },
  // The event loop has taken the timer's task: it is on its way to the call stack.
  { name: 'task', hash: '#example=classic&model=browser&step=38' },
  // Node: a nextTick queued by a promise job waits while the microtask queue runs first.
  { name: 'node', hash: '#example=next-tick&model=node&step=23' },
];

for (const theme of ['light', 'dark', 'projector']) {
  test(`screenshots in the ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const moment of MOMENTS) {
      // A new hash alone is a same-document navigation, which would show the last moment again.
      await page.goto('about:blank');
      await openApp(page, moment.hash);
      await page.getByTestId('theme').selectOption(theme);
      await settled(page);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `e2e/screenshots/${theme}-${moment.name}.png` });
    }
  });
}
