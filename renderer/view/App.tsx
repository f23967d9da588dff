import { useEffect } from 'react';
import { themeNamed } from '../scene/theme';
import { Controls } from './Controls';
import { useApp } from './context';
import { Editor } from './editor/Editor';
import { StagePane } from './StagePane';
import { StepSlider } from './StepSlider';
import { Toolbar } from './Toolbar';

export function App() {
  const theme = useApp((s) => s.theme);
  const fontScale = useApp((s) => s.fontScale);
  const editorFraction = useApp((s) => s.editorFraction);

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
      style={{ gridTemplateColumns: `${(editorFraction * 100).toFixed(2)}% 6px 1fr` }}
    >
      <Toolbar />
      <section className="editor-pane" aria-label="Program">
        <Editor />
      </section>
      <div className="splitter" aria-hidden="true" />
      <StagePane />
      <footer className="transport">
        <Controls />
        <StepSlider />
      </footer>
    </div>
  );
}
