import { useEffect, useRef, type ReactNode } from 'react';
import { useAppStoreApi } from './context';

/** A modal dialog over the app: Esc or a click outside closes it; focus moves into it. */
export function Dialog({
  title,
  testId,
  children,
  wide,
}: {
  title: string;
  testId: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const store = useAppStoreApi();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="dialog-backdrop"
      onPointerDown={(e) => e.target === e.currentTarget && store.getState().openOverlay(null)}
    >
      <div
        className={`dialog ${wide ? 'wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        tabIndex={-1}
        ref={panel}
      >
        <header className="dialog-header">
          <h2>{title}</h2>
          <button
            type="button"
            className="icon-button"
            data-testid="close-dialog"
            aria-label="Close"
            onClick={() => store.getState().openOverlay(null)}
          >
            ✕
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}
