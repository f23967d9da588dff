/**
 * The View menu of the web build's toolbar (the desktop app has the same commands in its View
 * menu): show or hide the editor, the console and the timeline. Each choice is a menu command,
 * so both builds toggle panels the same way; the store remembers the choices (app/sync.ts).
 */
import { useEffect, useRef, useState } from 'react';
import type { TogglablePanel } from '../store/uiSlice';
import { TOGGLABLE_PANELS } from '../store/uiSlice';
import type { MenuCommand } from '../platform/types';
import { useApp, useCommand } from './context';

const PANEL_LABELS: Record<TogglablePanel, string> = {
  editor: 'Editor',
  console: 'Console',
  timeline: 'Timeline',
};

const PANEL_COMMANDS: Record<TogglablePanel, MenuCommand> = {
  editor: 'view.toggle-editor',
  console: 'view.toggle-console',
  timeline: 'view.toggle-timeline',
};

export function ViewMenu() {
  const runCommand = useCommand();
  const hidden = useApp((s) => s.hiddenPanels);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof PointerEvent && root.current?.contains(event.target as Node)) return;
      setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        data-testid="view-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        title="Show or hide panels"
        onClick={() => setOpen(!open)}
      >
        View ▾
      </button>
      {open ? (
        <div className="menu-popup" role="menu" aria-label="View">
          {TOGGLABLE_PANELS.map((panel) => (
            <button
              key={panel}
              type="button"
              role="menuitemcheckbox"
              aria-checked={!hidden[panel]}
              data-testid={`view-panel-${panel}`}
              onClick={() => runCommand(PANEL_COMMANDS[panel])}
            >
              <span className="menu-check" aria-hidden="true">
                {hidden[panel] ? '' : '✓'}
              </span>
              {PANEL_LABELS[panel]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
