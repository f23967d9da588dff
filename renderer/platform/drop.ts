/**
 * Files dragged onto the window: the drop target accepts files (and only files), and hands
 * the first one to `onFile`. Returns a function that removes the listeners.
 */
export function acceptFileDrops(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  onFile: (file: File) => void,
): () => void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const onDragOver = (event: Event) => {
    const drag = event as DragEvent;
    if (!carriesFiles(drag)) return;
    drag.preventDefault(); // without it the drop is refused (and a browser would open the file)
    if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: Event) => {
    const drag = event as DragEvent;
    const file = drag.dataTransfer?.files[0];
    if (!file) return;
    drag.preventDefault();
    onFile(file);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
