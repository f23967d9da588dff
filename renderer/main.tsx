import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectPlatform } from './app/documents';
import { persistPrefs, restorePrefs, syncUrl } from './app/sync';
import { createWorkerExporter } from './export/exporter';
import { platform } from './platform';
import { untitledDocument } from './store/documentSlice';
import { startPlayer } from './store/player';
import { createAppStore } from './store/store';
import './styles.css';
import { App } from './view/App';
import { CommandContext, StoreContext } from './view/context';
import { installShortcuts } from './view/shortcuts';
import { createWorkerRunner } from './worker/runner';

const store = createAppStore(createWorkerRunner(), createWorkerExporter());
restorePrefs(store);
persistPrefs(store);
startPlayer(store);
installShortcuts(store);
syncUrl(store);
// What the page opened with (the default example or a shared link) is nothing to save yet.
store.setState(untitledDocument(store.getState()));
const runCommand = connectPlatform(store, platform, window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <CommandContext.Provider value={runCommand}>
        <App />
      </CommandContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);
