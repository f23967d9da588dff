/**
 * Suspended async functions and generators: while async1 waits at its await, the call-stack
 * panel shows it as a suspended card with the promise it waits for; once it resumes, the card is
 * gone and async1 is a frame on the stack again.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeMoment } from '../renderer/app/urlState';
import { caption, openApp, panelTokens } from './helpers';

const suspended = (page: Page) => panelTokens(page, 'stack', 'suspended');
const frames = (page: Page) => panelTokens(page, 'stack', 'frame');

/** Steps forward event by event until `done` holds (at most `limit` steps). */
async function stepUntil(page: Page, done: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let i = 0; i < limit && !(await done()); i++)
    await page.getByTestId('step-forward-event').click();
  expect(await done()).toBe(true);
}

test('async1 shows as suspended at its await, waiting for a promise, until it resumes', async ({
  page,
}) => {
  await openApp(page, '#example=classic');
  expect(await suspended(page)).toEqual([]);

  await stepUntil(page, async () => (await suspended(page)).length > 0);
  const [card] = await suspended(page);
  const promise = /^async1 — suspended at await \(line 9\) — waits for promise #(\d+)$/.exec(card);
  expect(promise, card).not.toBeNull();
  // The promise it waits for is the one the caption names; the next step pops async1's frame,
  // and the card stays.
  expect(await caption(page)).toContain(`waits for promise #${promise![1]}`);
  await page.getByTestId('step-forward-event').click();
  expect((await frames(page)).some((f) => f.startsWith('async1'))).toBe(false);
  expect(await suspended(page)).toEqual([card]);
  // The card reads the same on screen: the name, and what it waits for.
  const shown = page.locator('[data-testid="stage"] g[data-role="suspended"] text');
  await expect(shown.first()).toHaveText('async1');
  await expect(shown.nth(1)).toHaveText(`awaits promise #${promise![1]}`);

  // Its continuation runs: async1 is back on the stack, no longer suspended.
  await stepUntil(page, async () => (await suspended(page)).length === 0);
  await stepUntil(page, async () => (await frames(page)).some((f) => f.startsWith('async1')));
  expect(await suspended(page)).toEqual([]);
});

test('a generator shows as suspended at its yield between next() calls', async ({ page }) => {
  const source = [
    'function* gen() {',
    '  yield 1;',
    '  yield 2;',
    '}',
    'const g = gen();',
    'console.log(g.next().value);',
    'console.log(g.next().value);',
    'console.log(g.next().done);',
  ].join('\n');
  await openApp(page, encodeMoment({ source, model: 'node', step: 0, exampleId: null }));
  await stepUntil(page, async () => (await suspended(page)).length > 0);
  expect(await suspended(page)).toEqual(['gen — suspended at yield (line 2)']);
  await stepUntil(page, async () =>
    (await suspended(page)).includes('gen — suspended at yield (line 3)'),
  );
  await page.getByTestId('jump-end').click();
  expect(await suspended(page)).toEqual([]);
});
