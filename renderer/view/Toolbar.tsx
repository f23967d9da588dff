import type { Model } from '../../interpreter/trace/types';
import { ExportButton } from '../export/ExportButton';
import { THEME_NAMES, type ThemeName } from '../scene/theme';
import { useApp, useAppStoreApi, useCommand } from './context';
import { ViewMenu } from './ViewMenu';

const THEME_LABELS: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
};

export function Toolbar() {
  const actions = useAppStoreApi().getState();
  const runCommand = useCommand();
  const runStatus = useApp((s) => s.runStatus);
  const model = useApp((s) => s.model);
  const theme = useApp((s) => s.theme);
  const fontScale = useApp((s) => s.fontScale);
  const stale = useApp(
    (s) => s.trace === null || s.trace.source !== s.source || s.trace.model !== s.model,
  );
  const running = runStatus === 'running';

  return (
    <header className="toolbar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◔
        </span>
        Loopscope
      </h1>
      <div className="segmented file-actions" role="group" aria-label="File">
        <button
          type="button"
          data-testid="file-new"
          title="New program"
          onClick={() => runCommand('file.new')}
        >
          New
        </button>
        <button
          type="button"
          data-testid="file-open"
          title="Open a program or session (Ctrl+O)"
          onClick={() => runCommand('file.open')}
        >
          Open…
        </button>
        <button
          type="button"
          data-testid="file-save"
          title="Save (Ctrl+S)"
          onClick={() => runCommand('file.save')}
        >
          Save
        </button>
        <button
          type="button"
          data-testid="file-save-as"
          title="Save As (Ctrl+Shift+S)"
          onClick={() => runCommand('file.save-as')}
        >
          Save As…
        </button>
      </div>
      <button
        type="button"
        className={`primary ${stale && !running ? 'attention' : ''}`}
        data-testid="run"
        data-running={running}
        title="Run the program (Ctrl+Enter)"
        onClick={() => (running ? actions.cancelRun() : void actions.runProgram({ play: true }))}
      >
        {running ? 'Cancel' : 'Run ▶'}
      </button>
      <button
        type="button"
        data-testid="open-gallery"
        onClick={() => actions.openOverlay('gallery')}
        title="Examples (G)"
      >
        Examples
      </button>
      <ExportButton />
      <div
        className="segmented"
        role="radiogroup"
        aria-label="Runtime model"
        data-testid="model-switch"
      >
        {(['browser', 'node'] as Model[]).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={model === m}
            data-testid={`model-${m}`}
            className={model === m ? 'on' : ''}
            onClick={() => actions.setModel(m)}
          >
            {m === 'browser' ? 'Browser' : 'Node'}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <ViewMenu />
      <label className="inline-field">
        <span>Theme</span>
        <select
          data-testid="theme"
          value={theme}
          onChange={(e) => {
            // Give the keyboard back to the shortcuts (a focused select would take the arrows).
            e.currentTarget.blur();
            actions.setTheme(e.target.value as ThemeName);
          }}
        >
          {THEME_NAMES.map((t) => (
            <option key={t} value={t}>
              {THEME_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" aria-label="Text size">
        <button
          type="button"
          data-testid="font-smaller"
          title="Smaller text (-)"
          aria-label="Smaller text"
          onClick={() => actions.stepFontScale(-1)}
        >
          A−
        </button>
        <span className="font-scale" data-testid="font-scale">
          {Math.round(fontScale * 100)}%
        </span>
        <button
          type="button"
          data-testid="font-larger"
          title="Larger text (+)"
          aria-label="Larger text"
          onClick={() => actions.stepFontScale(1)}
        >
          A+
        </button>
      </div>
      <button
        type="button"
        className="icon-button"
        data-testid="open-help"
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
        onClick={() => actions.openOverlay('help')}
      >
        ?
      </button>
    </header>
  );
}
