/** Shared steps for the specs: load the app, run, wait for the stage to settle, read panels. */
import { expect, type Page } from '@playwright/test';

/** Opens the app (with motion reduced, so each step settles at once) at an optional URL hash. */
export async function openApp(
  page: Page,
  hash = '',
  options: { motion?: boolean } = {},
): Promise<void> {
  await page.emulateMedia({ reducedMotion: options.motion ? 'no-preference' : 'reduce' });
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('stage')).toBeVisible();
  // The app runs the program it opens with; wait for its trace.
  await expect(page.getByTestId('step-total')).toBeVisible();
  await painted(page);
}

/**
 * Waits until the page has drawn frames. Chromium drops input that arrives before a freshly
 * loaded page's first frame is presented (paint holding), so a key pressed the moment the DOM is
 * visible can be lost; a spec that types right after loading waits for this first.
 */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Runs the editor's program and waits for its trace, paused. */
export async function runProgram(page: Page): Promise<void> {
  const before = await page.getByTestId('stage').getAttribute('data-trace');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('stage')).not.toHaveAttribute('data-trace', before ?? '');
  await expect(page.getByTestId('step-total')).toBeVisible();
  // Run starts playing; the specs drive the steps themselves.
  const play = page.getByTestId('play-pause');
  if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
}

export async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('stage')).toHaveAttribute('data-settled', 'true');
}

/** The labels of the tokens in one stage panel, in drawing order. */
export async function panelTokens(page: Page, panel: string, role?: string): Promise<string[]> {
  await settled(page);
  const selector = `[data-testid="stage"] g[data-panel="${panel}"]${role ? `[data-role="${role}"]` : ''}`;
  return page
    .locator(selector)
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

export async function consoleLines(page: Page): Promise<string[]> {
  return panelTokens(page, 'console', 'console-line');
}

/** The 0-based step the app is at. */
export async function currentStep(page: Page): Promise<number> {
  return Number(await page.getByTestId('step-current').textContent()) - 1;
}

export async function totalSteps(page: Page): Promise<number> {
  return Number(await page.getByTestId('step-total').textContent());
}

export async function expectStep(page: Page, step: number): Promise<void> {
  await expect(page.getByTestId('step-current')).toHaveText(String(step + 1));
}

export async function caption(page: Page): Promise<string> {
  await settled(page);
  return (
    (await page
      .locator('[data-testid="stage"] g[data-role="caption"]')
      .getAttribute('aria-label')) ?? ''
  );
}
