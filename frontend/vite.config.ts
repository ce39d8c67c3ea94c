/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, loadEnv, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { securityHeaders } from './security-headers.mjs';

// The SPA calls the API on its own origin (/api); dev and preview servers proxy it to the backend.
const apiProxy = { '/api': { target: process.env.VITE_API_PROXY ?? 'http://127.0.0.1:8080', changeOrigin: false } };

/**
 * The SPA's run-time settings (src/lib/config.ts): both servers answer /config.json, uncached, from the file named by
 * YOKOTEN_SPA_CONFIG (deploy/run.sh writes one per run); without it, 404, and the SPA keeps the settings compiled in.
 */
function spaConfig(file: string | undefined): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Cache-Control', 'no-store');
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(readFileSync(file));
  };
  return {
    name: 'yokoten-spa-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

/** The Keycloak URL the served /config.json names, if any: the one the SPA will talk to. */
function runtimeKeycloakUrl(file: string | undefined): string | undefined {
  if (!file || !existsSync(file)) return undefined;
  try {
    const url: unknown = JSON.parse(readFileSync(file, 'utf8'))?.keycloakUrl;
    return typeof url === 'string' && url ? url : undefined;
  } catch {
    return undefined; // the SPA ignores a malformed file too
  }
}

export default defineConfig(({ mode }) => {
  // The CSP allows the Keycloak origin the SPA talks to: the run-time /config.json's when it names one, else the
  // VITE_KEYCLOAK_URL the build compiles in (env or .env files). Only `vite preview` sends the headers: the dev
  // server's React refresh needs an inline script.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const spaConfigFile = process.env.YOKOTEN_SPA_CONFIG;
  return {
    plugins: [react(), tailwindcss(), spaConfig(spaConfigFile)],
    server: { port: 5173, strictPort: true, proxy: apiProxy },
    preview: {
      port: Number(process.env.PREVIEW_PORT ?? 5173),
      strictPort: true,
      proxy: apiProxy,
      headers: securityHeaders(runtimeKeycloakUrl(spaConfigFile) ?? env.VITE_KEYCLOAK_URL),
    },
    build: { sourcemap: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', '*.test.ts', 'scripts/*.test.ts'],
      css: false,
    },
  };
});
