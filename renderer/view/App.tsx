import { useEffect } from 'react';
import { ExportDialog } from '../export/ExportDialog';
import { themeNamed } from '../scene/theme';
import { useApp } from './context';
import { Controls } from './Controls';
import { Editor } from './editor/Editor';
import { Gallery } from './Gallery';
import { HelpOverlay } from './HelpOverlay';
import { Splitter } from './Splitter';
import { StagePane } from './StagePane';
import { Timeline } from './timeline/Timeline';
import { Toolbar } from './Toolbar';

export function App() {
  const theme = useApp((s) => s.theme);
  const fontScale = useApp((s) => s.fontScale);
  const editorFraction = useApp((s) => s.editorFraction);
  const overlay = useApp((s) => s.overlay);

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
      style={{ gridTemplateColumns: `${(editorFraction * 100).toFixed(2)}% 6px minmax(0, 1fr)` }}
    >
      <Toolbar />
      <section className="editor-pane" aria-label="Program">
        <Editor />
      </section>
      <Splitter />
      <StagePane />
      <footer className="transport">
        <Controls />
        <Timeline />
      </footer>
      {overlay === 'help' ? <HelpOverlay /> : null}
      {overlay === 'gallery' ? <Gallery /> : null}
      {overlay === 'export' ? <ExportDialog /> : null}
    </div>
  );
}
