import 'server-only';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { env } from '@/env';
import { signInWithIdentity, type IdentityClaims } from './sign-in-with-identity';

/** The provider's id in next-auth's routes: /api/auth/signin/oidc, /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = 'oidc';

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; scope: string; displayName: string; staffOnly: boolean };

/** The unified identity platform's settings, or null when it is not configured (password sign-in only). */
export function oidcSettings(): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/$/, ''),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    scope: env.OIDC_SCOPE,
    displayName: env.OIDC_PROVIDER_NAME,
    staffOnly: env.OIDC_STAFF_ONLY,
  };
}

/** Which claims carry what: configurable, as each province's platform names them its own way. */
function oidcClaimNames() {
  return {
    idNumber: env.OIDC_ID_NUMBER_CLAIM,
    name: env.OIDC_NAME_CLAIM,
    phone: env.OIDC_PHONE_CLAIM,
    creditCode: env.OIDC_CREDIT_CODE_CLAIM,
    companyName: env.OIDC_COMPANY_NAME_CLAIM,
  };
}

/**
 * next-auth's own OAuth provider, as OpenID Connect: the endpoints from the
 * issuer's discovery document, the authorization code flow with PKCE, state
 * and nonce all checked (a callback whose state or ID token nonce is not the
 * one this browser was given is refused), the ID token verified against the
 * issuer's keys, and the person found or made from its claims.
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<IdentityClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.displayName,
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scope } },
    checks: ['pkce', 'state', 'nonce'],
    idToken: true,
    async profile(claims) {
      // A refusal throws: next-auth then sends the browser to /login?error=OAuthCallback.
      const user = await signInWithIdentity(claims, oidcClaimNames());
      return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
    },
  };
}
