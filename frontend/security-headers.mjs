// The SPA's security response headers (SPEC §12), defined once: vite.config.ts sends them from
// `vite preview` (deploy/run.sh, Playwright) and scripts/nginx-security-headers.mjs turns them into the
// nginx include of the Docker image (re-rendered at container start for its Keycloak: scripts/docker-spa-config.sh).
// security-headers.test.ts and scripts/docker-spa-config.test.ts check that they agree.

/** Same default as src/lib/config.ts: the Keycloak of the local stack. */
export const DEFAULT_KEYCLOAK_URL = 'http://localhost:8180';

/**
 * @param {string | undefined} keycloakUrl the Keycloak URL the SPA talks to: its /config.json's, else VITE_KEYCLOAK_URL
 * @returns {Record<string, string>} header name → value
 */
export function securityHeaders(keycloakUrl) {
  // keycloak-js talks to Keycloak with fetch (token, userinfo) and, for silent checks, an iframe; the
  // login page itself is a top-level navigation, which the SPA's CSP does not govern.
  const keycloak = new URL(keycloakUrl || DEFAULT_KEYCLOAK_URL).origin;
  const csp = [
    "default-src 'self'",
    "script-src 'self'", // no 'unsafe-inline', no 'unsafe-eval': the build emits only external modules
    "style-src 'self'", // React's style={{…}} goes through the CSSOM, which CSP allows
    "img-src 'self' data:", // data: for the empty favicon in index.html
    "font-src 'self'",
    `connect-src 'self' ${keycloak}`,
    `frame-src 'self' ${keycloak}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'same-origin',
    // Everything a page could ask the browser for; the SPA uses none of it.
    'Permissions-Policy': [
      'accelerometer', 'autoplay', 'bluetooth', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
      'magnetometer', 'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial',
      'usb', 'xr-spatial-tracking',
    ].map((feature) => `${feature}=()`).join(', '),
    'X-Content-Type-Options': 'nosniff',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * The same headers as nginx `add_header` lines (`always`: error pages carry them too).
 * @param {Record<string, string>} headers
 * @returns {string}
 */
export function nginxAddHeaders(headers) {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (/["\\\n]/.test(value)) throw new Error(`header ${name} cannot be written as an nginx string: ${value}`);
      return `add_header ${name} "${value}" always;`;
    })
    .join('\n') + '\n';
}
