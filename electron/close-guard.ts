/**
 * The window's close event, guarded: with unsaved changes the person is asked Save / Don't
 * Save / Cancel first. "Save" hands over to the window (it owns the document), which saves and
 * then calls `closeWindow()`; "Don't Save" closes and drops the autosave; "Cancel" keeps
 * everything (and, during a quit, cancels the quit, as Electron does for a prevented close).
 */
import type { UnsavedChoice } from './api';

export interface CloseGuardOptions {
  isDirty(): boolean;
  documentName(): string | null;
  confirmUnsaved(documentName: string | null): Promise<UnsavedChoice>;
  /** Sends `file.save-then-close` to the window. */
  requestSaveThenClose(): void;
  /** Closes the window for real (BrowserWindow.close; the guard lets it through). */
  close(): void;
  /**
   * The window is about to close. `workIsSafe` is true when nothing unsaved is lost by closing
   * (the document is clean, or the person chose "Don't Save"), so the autosave can go.
   */
  onClosing(workIsSafe: boolean): void;
}

export class CloseGuard {
  private allowed = false;
  private discarded = false;
  private asking = false;

  constructor(private readonly options: CloseGuardOptions) {}

  /** The window's 'close' listener. */
  handleClose(event: { preventDefault(): void }): void {
    const { options } = this;
    if (this.allowed || !options.isDirty()) {
      options.onClosing(this.discarded || !options.isDirty());
      return;
    }
    event.preventDefault();
    if (this.asking) return; // a second Cmd+W while the prompt is open
    this.asking = true;
    options
      .confirmUnsaved(options.documentName())
      .then((choice) => {
        if (choice === 'save') options.requestSaveThenClose();
        if (choice === 'discard') {
          this.discarded = true;
          this.closeNow();
        }
      })
      // A dialog that failed to show is a "Cancel": nothing is closed, nothing is lost.
      .catch(() => undefined)
      .finally(() => {
        this.asking = false;
      });
  }

  /** Closes without asking (after "Save" in the prompt worked). */
  closeNow(): void {
    this.allowed = true;
    this.options.close();
  }
}
