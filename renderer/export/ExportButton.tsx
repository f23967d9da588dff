import { useApp, useAppStoreApi } from '../view/context';

/** The toolbar's way into the export dialog; it shows the progress of an export under way. */
export function ExportButton() {
  const store = useAppStoreApi();
  const hasTrace = useApp((s) => s.trace !== null);
  const progress = useApp((s) =>
    s.exportStatus.kind === 'running'
      ? Math.floor((s.exportStatus.done / Math.max(1, s.exportStatus.total)) * 100)
      : null,
  );
  return (
    <button
      type="button"
      data-testid="open-export"
      title="Export a GIF, a video, frames or an HTML player"
      disabled={!hasTrace && progress === null}
      onClick={() => store.getState().openExport()}
    >
      {progress === null ? 'Export…' : `Exporting ${progress}%`}
    </button>
  );
}
