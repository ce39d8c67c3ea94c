/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { securityHeaders } from './security-headers.mjs';

// The SPA calls the API on its own origin (/api); dev and preview servers proxy it to the backend.
const apiProxy = { '/api': { target: process.env.VITE_API_PROXY ?? 'http://127.0.0.1:8080', changeOrigin: false } };

export default defineConfig(({ mode }) => {
  // The same VITE_KEYCLOAK_URL the build compiles into the SPA (env or .env files) names the Keycloak
  // origin the CSP allows. Only `vite preview` sends the headers: the dev server's React refresh needs
  // an inline script.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), tailwindcss()],
    server: { port: 5173, strictPort: true, proxy: apiProxy },
    preview: {
      port: Number(process.env.PREVIEW_PORT ?? 5173),
      strictPort: true,
      proxy: apiProxy,
      headers: securityHeaders(env.VITE_KEYCLOAK_URL),
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
