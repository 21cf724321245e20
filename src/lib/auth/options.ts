import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { clientAddressOf } from '@/lib/limits/client-address';
import { db } from '@/lib/db';
import { authenticate } from './authenticate';
import { signOutSession } from './end-sessions';
import { oidcProvider, oidcSettings } from './oidc';

const oidc = oidcSettings();

const credentials = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  // next-auth's own default, said here because session.ts reads the cookie by its name.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  // Errors of the unified identity sign-in (a refused state or nonce, refused claims) come back to the sign-in page.
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      name: 'password',
      credentials: { login: { type: 'text' }, password: { type: 'password' } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const address = clientAddressOf(req.headers ?? {});
        try {
          const user = await authenticate(parsed.data.login, parsed.data.password, address);
          if (!user) return null;
          // OIDC_STAFF_ONLY: staff sign in through the unified identity platform; told only once the password was right.
          if (oidc?.staffOnly && (await db.user.findUnique({ where: { id: user.id }, select: { role: true } }))?.role !== 'APPLICANT')
            throw new Error('STAFF_OIDC_ONLY');
          return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth hands a thrown error's message to the sign-in form as its `error`.
          if (error instanceof AppError && error.code === 'RATE_LIMITED') throw new Error('RATE_LIMITED');
          throw error;
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    // The token carries only the user id; role and department are read from the
    // database on every request (see session.ts), so a changed role or a
    // deactivated account takes effect at once.
    // The session version (end-sessions.ts) makes sign-out, a password change
    // and a deactivation end the token on the server too.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.sub, sv: token.sv });
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sub === 'string') await signOutSession(token.sub, typeof token.sv === 'number' ? token.sv : 0);
    },
  },
};
