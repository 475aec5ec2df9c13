// Entry point: pick the bridge (Electron preload or loopback HTTP), set up i18n, mount the app.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.js';
import { StartupProblem } from './app/StartupProblem.js';
import { connectBridge, type Bridge } from './bridge/index.js';
import { guessUiLanguage, initI18n } from './i18n/index.js';
import { StoreProvider } from './state/use-workbench.js';
import { WorkbenchStore } from './state/workbench-store.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/documents.css';
import './styles/pairs.css';
import './styles/narrow.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const i18n = await initI18n(guessUiLanguage(navigator.languages));
  const root = createRoot(container);

  let bridge: Bridge;
  try {
    bridge = connectBridge();
  } catch {
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupProblem message={i18n.t('app.missingToken')} />
      </I18nextProvider>,
    );
    return;
  }
  const store = new WorkbenchStore(bridge);
  root.render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </I18nextProvider>,
  );
}

void start();
