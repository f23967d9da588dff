import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPlayer } from './store/player';
import { createAppStore } from './store/store';
import './styles.css';
import { App } from './view/App';
import { StoreContext } from './view/context';
import { createWorkerRunner } from './worker/runner';

const store = createAppStore(createWorkerRunner());
startPlayer(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
