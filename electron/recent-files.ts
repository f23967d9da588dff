/**
 * The recent-files list (File > Open Recent), newest first, kept in the user-data folder.
 * Only paths in this list can be reopened by `file:open-recent`.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RecentFile } from './api';
import { writeFileAtomic } from './files';

export const RECENT_FILES_LIMIT = 10;

export class RecentFiles {
  private paths: string[] = [];
  /** Saves run one after another, so the file always ends with the latest list. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly limit = RECENT_FILES_LIMIT,
  ) {}

  /** Loads the saved list; a missing or unreadable list is an empty one. */
  async load(): Promise<void> {
    try {
      const data: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      const paths = (data as { paths?: unknown })?.paths;
      this.paths = Array.isArray(paths)
        ? paths.filter((p): p is string => typeof p === 'string' && path.isAbsolute(p))
        : [];
    } catch {
      this.paths = [];
    }
    this.paths = [...new Set(this.paths)].slice(0, this.limit);
  }

  list(): RecentFile[] {
    return this.paths.map((p) => ({ path: p, name: path.basename(p) }));
  }

  has(filePath: string): boolean {
    return this.paths.includes(filePath);
  }

  add(filePath: string): Promise<void> {
    this.paths = [filePath, ...this.paths.filter((p) => p !== filePath)].slice(0, this.limit);
    return this.save();
  }

  remove(filePath: string): Promise<void> {
    this.paths = this.paths.filter((p) => p !== filePath);
    return this.save();
  }

  clear(): Promise<void> {
    this.paths = [];
    return this.save();
  }

  private save(): Promise<void> {
    const contents = JSON.stringify({ paths: this.paths });
    const write = async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, contents);
    };
    const run = this.saving.then(write, write);
    this.saving = run.catch(() => undefined);
    return run;
  }
}
