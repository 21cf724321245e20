// A real OpenID Connect provider for the tests (the certified `oidc-provider`
// package): stands in for the province's unified identity platform.
//
//   node tests/support/oidc-provider.mjs [port]      (default 3380)
//
// One client, the portal: OIDC_TEST_CLIENT_ID / OIDC_TEST_CLIENT_SECRET (defaults
// below), redirect URI OIDC_TEST_REDIRECT_URI (default the e2e app's). Issuer:
// http://localhost:<port>. Sign-in uses the package's development pages: type a
// login, any password. The logins:
//   - zhangsan, qiye-rep, company: fixed accounts (the seed's 张三 by ID number,
//     the seed company's representative, the seed company by credit code);
//   - <ID number>:<name>, e.g. 511602199003151232:钱七 — any person, for tests
//     that make their own (the ID number claim is the part before the colon).
// The claims are in the ID token (id_number, name, phone_number, credit_code,
// company_name), as next-auth reads them from there.
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_TEST_PORT ?? 3380);
const issuer = `http://localhost:${port}`;
const clientId = process.env.OIDC_TEST_CLIENT_ID ?? 'yichuang-portal';
const clientSecret = process.env.OIDC_TEST_CLIENT_SECRET ?? 'e2e-oidc-client-secret';
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI ?? `http://localhost:${process.env.E2E_PORT ?? 3100}/api/auth/callback/oidc`;

const ACCOUNTS = {
  zhangsan: { name: '张三', id_number: '511602199003151232', phone_number: '13800000001' },
  'qiye-rep': { name: '李经理', id_number: '511602198506122354' },
  company: { name: '李经理', company_name: '示范县云帆科技有限公司', credit_code: process.env.OIDC_TEST_CREDIT_CODE ?? '' },
};

function claimsOf(login) {
  if (ACCOUNTS[login]) return ACCOUNTS[login];
  const match = /^(\d{17}[\dXx]):(.{1,50})$/.exec(login);
  return match ? { id_number: match[1].toUpperCase(), name: match[2] } : null;
}

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: ['oidc-test-cookie-key-not-secret'] },
  claims: { openid: ['sub'], profile: ['name', 'id_number', 'phone_number', 'credit_code', 'company_name'] },
  // The portal reads the claims from the ID token.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const claims = claimsOf(id);
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  // The portal is a first-party client: no consent page (the platform's own policy).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
});

const server = provider.listen(port, () => console.log(`[oidc] test provider ${issuer} (client ${clientId}, redirect ${redirectUri})`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
