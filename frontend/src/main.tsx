import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './index.css';
import './lib/i18n';
import { KeycloakAuthProvider } from './lib/auth';
import { router } from './app/router';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KeycloakAuthProvider>
      <RouterProvider router={router} />
    </KeycloakAuthProvider>
  </StrictMode>,
);
