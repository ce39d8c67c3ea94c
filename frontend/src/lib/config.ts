/** Build-time settings (Vite env); defaults match the local stack started by deploy/run.sh. */
export const config = {
  keycloakUrl: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'yokoten',
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT ?? 'yokoten-web',
  /** Where the API answers; empty = the SPA's own origin (the contract's paths carry /api/v1). */
  apiOrigin: import.meta.env.VITE_API_ORIGIN ?? '',
};
