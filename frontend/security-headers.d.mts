export declare const DEFAULT_KEYCLOAK_URL: string;
export declare function securityHeaders(keycloakUrl: string | undefined): Record<string, string>;
export declare function nginxAddHeaders(headers: Record<string, string>): string;
