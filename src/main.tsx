import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppContext } from './app/create-app-context';
import { createAppRouter } from './app/router';
import { loadAppConfig } from './shared/config/app-config';
import { credentialsStore } from './shared/session/credentials';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
const root = createRoot(rootElement);

try {
  const config = await loadAppConfig();
  const context = createAppContext(config, credentialsStore);
  const router = createAppRouter(context);
  root.render(
    <StrictMode>
      <App router={router} context={context} />
    </StrictMode>,
  );
} catch (error) {
  // Only ever needed when the app cannot start, so it is not part of the main bundle.
  const { ConfigErrorScreen } = await import('./app/pages/config-error-screen');
  root.render(<ConfigErrorScreen error={error} />);
}
