/**
 * Opening, saving and exporting files for the window. The window never names a file the main
 * process has not handed it: it may save only to paths that were opened or chosen in a save
 * dialog ("granted"), and reopen only paths in the recent-files list.
 */
import path from 'node:path';
import type {
  DocumentKind,
  ExportRequest,
  OpenResult,
  SaveAsRequest,
  SaveRequest,
  SaveResult,
} from './api';
import type { Dialogs } from './dialogs';
import { describeFsError, documentKindOf, readDocument, writeFileAtomic } from './files';
import type { RecentFiles } from './recent-files';

export interface DocumentsOptions {
  dialogs: Pick<Dialogs, 'chooseFileToOpen' | 'chooseSavePath'>;
  recentFiles: Pick<RecentFiles, 'has' | 'add' | 'remove'>;
  /** Where dialogs start when no document has been opened yet (the Documents folder). */
  defaultFolder(): string;
  /** The recent list changed (the menu shows it; the OS may keep its own list). */
  onRecentFilesChanged(addedPath?: string): void;
  read?: typeof readDocument;
  write?: typeof writeFileAtomic;
}

const EXTENSION: Record<DocumentKind, string> = { script: '.js', session: '.loopscope' };

export class Documents {
  private readonly granted = new Set<string>();
  private lastFolder: string | null = null;
  private readonly read: typeof readDocument;
  private readonly write: typeof writeFileAtomic;

  constructor(private readonly options: DocumentsOptions) {
    this.read = options.read ?? readDocument;
    this.write = options.write ?? writeFileAtomic;
  }

  isGranted(filePath: string): boolean {
    return this.granted.has(path.resolve(filePath));
  }

  /** Opens a path that came from the person (dialog, command line, OS, drop, recent list). */
  async open(filePath: string): Promise<OpenResult> {
    const resolved = path.resolve(filePath);
    const result = await this.read(resolved);
    if (!result.ok) {
      if (this.options.recentFiles.has(resolved)) {
        await this.options.recentFiles.remove(resolved);
        this.options.onRecentFilesChanged();
      }
      return { status: 'refused', name: path.basename(resolved), reason: result.reason };
    }
    this.grant(resolved);
    await this.options.recentFiles.add(resolved);
    this.options.onRecentFilesChanged(resolved);
    return { status: 'opened', document: result.document };
  }

  async openWithDialog(): Promise<OpenResult> {
    const chosen = await this.options.dialogs.chooseFileToOpen(this.folder());
    return chosen ? this.open(chosen) : { status: 'canceled' };
  }

  async openRecent(filePath: string): Promise<OpenResult> {
    if (!this.options.recentFiles.has(filePath)) {
      return {
        status: 'refused',
        name: path.basename(filePath),
        reason: `${path.basename(filePath)} is not in the recent files list`,
      };
    }
    return this.open(filePath);
  }

  async save({ path: filePath, text }: SaveRequest): Promise<SaveResult> {
    const resolved = path.resolve(filePath);
    if (!this.granted.has(resolved)) {
      return {
        status: 'failed',
        reason: `Loopscope did not open ${path.basename(resolved)}, so it will not overwrite it; use Save As…`,
      };
    }
    return this.writeTo(resolved, text);
  }

  async saveAs({ suggestedName, kind, text }: SaveAsRequest): Promise<SaveResult> {
    const chosen = await this.options.dialogs.chooseSavePath(
      path.join(this.folder(), withExtension(suggestedName, kind)),
      kind,
    );
    if (!chosen) return { status: 'canceled' };
    // Some dialogs (GTK) do not add the filter's extension: add it, so the file reopens.
    const target = path.resolve(withExtension(chosen, kind));
    const result = await this.writeTo(target, text);
    if (result.status === 'saved') {
      this.grant(target);
      await this.options.recentFiles.add(target);
      this.options.onRecentFilesChanged(target);
    }
    return result;
  }

  async exportFile({ suggestedName, bytes }: ExportRequest): Promise<SaveResult> {
    const chosen = await this.options.dialogs.chooseSavePath(
      path.join(this.folder(), suggestedName),
      'export',
    );
    if (!chosen) return { status: 'canceled' };
    return this.writeTo(path.resolve(chosen), bytes);
  }

  private grant(filePath: string): void {
    this.granted.add(filePath);
    this.lastFolder = path.dirname(filePath);
  }

  private folder(): string {
    return this.lastFolder ?? this.options.defaultFolder();
  }

  private async writeTo(filePath: string, data: string | Uint8Array): Promise<SaveResult> {
    try {
      await this.write(filePath, data);
      return { status: 'saved', path: filePath, name: path.basename(filePath) };
    } catch (error) {
      return {
        status: 'failed',
        reason: `${path.basename(filePath)} could not be saved: ${describeFsError(error)}`,
      };
    }
  }
}

/** `name` with the extension of `kind`: kept, swapped (`a.js` as a session), or added. */
function withExtension(name: string, kind: DocumentKind): string {
  const current = documentKindOf(name);
  if (current === kind) return name;
  if (current) return name.slice(0, -path.extname(name).length) + EXTENSION[kind];
  return name + EXTENSION[kind];
}
