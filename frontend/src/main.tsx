import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './index.css';
import './lib/i18n';
import { KeycloakAuthProvider } from './lib/auth';
import { loadConfig } from './lib/config';
import { router } from './app/router';

// The run-time settings (/config.json) first: they name the Keycloak the provider starts with. loadConfig never
// fails; without the file the built-in settings apply.
void loadConfig().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <KeycloakAuthProvider>
        <RouterProvider router={router} />
      </KeycloakAuthProvider>
    </StrictMode>,
  ),
);
