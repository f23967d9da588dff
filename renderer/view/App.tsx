import { useEffect } from 'react';
import { ExportDialog } from '../export/ExportDialog';
import { themeNamed } from '../scene/theme';
import { useApp } from './context';
import { Controls } from './Controls';
import { Editor } from './editor/Editor';
import { Gallery } from './Gallery';
import { HelpOverlay } from './HelpOverlay';
import { Notices } from './Notices';
import { Splitter } from './Splitter';
import { StagePane } from './StagePane';
import { Timeline } from './timeline/Timeline';
import { Toolbar } from './Toolbar';

export function App() {
  const theme = useApp((s) => s.theme);
  const fontScale = useApp((s) => s.fontScale);
  const editorFraction = useApp((s) => s.editorFraction);
  const overlay = useApp((s) => s.overlay);
  const editorHidden = useApp((s) => s.hiddenPanels.editor);
  const timelineHidden = useApp((s) => s.hiddenPanels.timeline);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    for (const [name, value] of Object.entries(themeNamed(theme).ui))
      root.style.setProperty(name, value);
    root.style.setProperty('--font-scale', String(fontScale));
  }, [theme, fontScale]);

  return (
    <div
      className="app"
      data-testid="app"
      data-theme={theme}
      style={{
        gridTemplateColumns: editorHidden
          ? '0 0 minmax(0, 1fr)'
          : `${(editorFraction * 100).toFixed(2)}% 6px minmax(0, 1fr)`,
      }}
    >
      <Toolbar />
      {/* Hidden panels stay mounted: the editor keeps its undo history and the program. */}
      <section
        className={`editor-pane${editorHidden ? ' collapsed' : ''}`}
        aria-label="Program"
        aria-hidden={editorHidden}
      >
        <Editor />
      </section>
      {editorHidden ? <span /> : <Splitter />}
      <StagePane />
      <footer className="transport">
        <Controls />
        {timelineHidden ? null : <Timeline />}
      </footer>
      <Notices />
      {overlay === 'help' ? <HelpOverlay /> : null}
      {overlay === 'gallery' ? <Gallery /> : null}
      {overlay === 'export' ? <ExportDialog /> : null}
    </div>
  );
}
