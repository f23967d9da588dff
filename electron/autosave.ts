/**
 * Autosave of unsaved work to the user-data folder, and recovery after a crash or a kill.
 *
 * While a document has unsaved changes the window writes it here every few seconds
 * (`current.json`). A clean close (saved, or "Don't Save") clears it. So a `current.json`
 * found when Loopscope starts was left by a run that ended uncleanly: `collectRecoveries`
 * moves it aside as `recovery-*.json`, where it stays, offered on every start, until the
 * person restores or discards it. New autosaves never overwrite a recovery.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AutosaveEntry, Recovery } from './api';
import { writeFileAtomic } from './files';

const FORMAT = 'loopscope-autosave';
const VERSION = 1;
const CURRENT = 'current.json';
const RECOVERY_NAME = /^recovery-[0-9A-Za-z-]+\.json$/;

interface AutosaveFile extends AutosaveEntry {
  format: typeof FORMAT;
  version: typeof VERSION;
  savedAt: string;
}

export class AutosaveStore {
  /** Writes and clears run one after another, so the last request always wins on disk. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  write(entry: AutosaveEntry): Promise<void> {
    const file: AutosaveFile = {
      format: FORMAT,
      version: VERSION,
      savedAt: this.now().toISOString(),
      ...entry,
    };
    return this.enqueue(async () => {
      await fs.mkdir(this.dir, { recursive: true });
      await writeFileAtomic(path.join(this.dir, CURRENT), JSON.stringify(file));
    });
  }

  clear(): Promise<void> {
    return this.enqueue(() => fs.rm(path.join(this.dir, CURRENT), { force: true }));
  }

  /** At start-up, before the window autosaves anything: keep what the last run left. */
  collectRecoveries(): Promise<void> {
    return this.enqueue(async () => {
      const current = path.join(this.dir, CURRENT);
      const saved = await readAutosaveFile(current);
      if (saved === undefined) return;
      if (saved === null) {
        // Unreadable (never by our atomic writes, but perhaps by hand): nothing to offer, yet
        // nothing is deleted either.
        await fs.rename(current, path.join(this.dir, `unreadable-${Date.now()}.json`));
        return;
      }
      const stamp = saved.savedAt.replace(/[^0-9A-Za-z]/g, '-');
      const id = `recovery-${stamp}-${randomBytes(3).toString('hex')}.json`;
      await fs.rename(current, path.join(this.dir, id));
    });
  }

  /** Recovered work, newest first. Unreadable recovery files are skipped. */
  async recoveries(): Promise<Recovery[]> {
    await this.queue;
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const found: Recovery[] = [];
    for (const id of names.filter((name) => RECOVERY_NAME.test(name))) {
      const saved = await readAutosaveFile(path.join(this.dir, id));
      if (!saved) continue;
      const { text, documentName, path: filePath, savedAt } = saved;
      found.push({ id, savedAt, text, documentName, path: filePath });
    }
    return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Deletes a recovery the person restored or declined. Only recovery files, by exact name. */
  discardRecovery(id: string): Promise<void> {
    if (!RECOVERY_NAME.test(id)) return Promise.reject(new Error(`no recovery named ${id}`));
    return this.enqueue(() => fs.rm(path.join(this.dir, id), { force: true }));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** undefined: no file; null: a file that is not a readable autosave. */
async function readAutosaveFile(file: string): Promise<AutosaveFile | null | undefined> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(raw) as Partial<AutosaveFile>;
    const ok =
      data.format === FORMAT &&
      data.version === VERSION &&
      typeof data.text === 'string' &&
      typeof data.savedAt === 'string' &&
      (data.documentName === null || typeof data.documentName === 'string') &&
      (data.path === null || typeof data.path === 'string');
    return ok ? (data as AutosaveFile) : null;
  } catch {
    return null;
  }
}
