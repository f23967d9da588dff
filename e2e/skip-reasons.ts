/**
 * A reporter beside `list`, which names skipped tests but not why: at the end it prints each
 * reason a test was skipped for (the Electron spec's "Electron cannot run here: …") and how many
 * tests it skipped.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasons implements Reporter {
  private readonly skipped = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const skip =
      result.annotations.find((a) => a.type === 'skip') ??
      test.annotations.find((a) => a.type === 'skip');
    const reason = `${test.location.file.split('/').pop()}: ${skip?.description || 'no reason given'}`;
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.skipped)
      process.stdout.write(`  skipped ${count} (${reason})\n`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
