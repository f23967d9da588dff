import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { persistPrefs, restorePrefs, syncUrl } from './app/sync';
import { createWorkerExporter } from './export/exporter';
import { startPlayer } from './store/player';
import { createAppStore } from './store/store';
import './styles.css';
import { App } from './view/App';
import { StoreContext } from './view/context';
import { installShortcuts } from './view/shortcuts';
import { createWorkerRunner } from './worker/runner';

const store = createAppStore(createWorkerRunner(), createWorkerExporter());
restorePrefs(store);
persistPrefs(store);
startPlayer(store);
installShortcuts(store);
syncUrl(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
