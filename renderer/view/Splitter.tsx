import { useRef } from 'react';
import { useAppStoreApi } from './context';

/** The handle between the editor and the stage: drag to resize, arrow keys when focused. */
export function Splitter() {
  const store = useAppStoreApi();
  const dragging = useRef(false);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the editor"
      data-testid="splitter"
      tabIndex={0}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.classList.add('dragging');
      }}
      onPointerMove={(e) => {
        if (!dragging.current) return;
        store.getState().setEditorFraction(e.clientX / window.innerWidth);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.classList.remove('dragging');
      }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        e.stopPropagation();
        const s = store.getState();
        s.setEditorFraction(s.editorFraction + (e.key === 'ArrowRight' ? 0.02 : -0.02));
      }}
    />
  );
}
