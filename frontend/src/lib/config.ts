/** Build-time settings (Vite env); defaults match the local stack started by deploy/run.sh. */
export const config = {
  keycloakUrl: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'yokoten',
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT ?? 'yokoten-web',
  apiBase: import.meta.env.VITE_API_BASE ?? '/api/v1',
};
