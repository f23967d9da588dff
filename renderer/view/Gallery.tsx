import { EXAMPLES } from '../examples/examples';
import { useApp, useAppStoreApi } from './context';
import { Dialog } from './Dialog';

export function Gallery() {
  const store = useAppStoreApi();
  const current = useApp((s) => s.exampleId);
  return (
    <Dialog title="Examples" testId="gallery" wide>
      <ul className="gallery">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={`gallery-item ${e.id === current ? 'current' : ''}`}
              data-testid={`gallery-item-${e.id}`}
              onClick={() => store.getState().loadExample(e)}
            >
              <span className="gallery-title">
                {e.title}
                {e.model === 'node' ? <span className="badge">Node</span> : null}
              </span>
              <span className="gallery-watch">{e.watch}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
