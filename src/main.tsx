import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppContext } from './app/create-app-context';
import { createAppRouter } from './app/router';
import { AccessDeniedError } from './app/routes/guards';
import { loadAppConfig } from './shared/config/app-config';
import { credentialsStore } from './shared/session/credentials';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root missing from index.html');
const root = createRoot(rootElement, {
  // A section the admin may not open is an expected outcome with its own page, not an error to log.
  onCaughtError: (error, info) => {
    if (error instanceof AccessDeniedError) return;
    console.error(error, info.componentStack);
  },
});

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
