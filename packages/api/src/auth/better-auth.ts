import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { createAuthMiddleware } from "better-auth/api";
import { genericOAuth } from "better-auth/plugins";
import { type Database, accounts, sessions, users, verifications } from "@insats/db";
import { type ApiEnv } from "../env.ts";
import { type SessionUser } from "../context.ts";

/**
 * Only for development and tests: production refuses to start without AUTH_SECRET (env.ts), so this
 * public value never signs a real session.
 */
const developmentSecret = "insats-development-secret-not-for-production-use";

/** Password lengths accepted at sign-up, and by `invitation.accept` for a new account. */
export const passwordLength = { min: 10, max: 256 } as const;

/** Email and password sign-in, plus a generic OpenID Connect provider for municipal single sign-on. */
export function createAuth(db: Database, env: ApiEnv) {
  const { OIDC_DISCOVERY_URL: discoveryUrl, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  const oidc = discoveryUrl && clientId && clientSecret ? { discoveryUrl, clientId, clientSecret } : undefined;
  return betterAuth({
    appName: "Insats",
    baseURL: env.AUTH_URL ?? `http://localhost:${env.PORT}`,
    basePath: "/auth",
    secret: env.AUTH_SECRET ?? developmentSecret,
    trustedOrigins: env.TRUSTED_ORIGINS,
    database: drizzleAdapter(db, {
      provider: "pg",
      transaction: true,
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
      // Without auto sign-in, a sign-up with an address that has an account answers exactly as a new one does
      // (better-auth then returns a made-up user instead of "User already exists"), so sign-up does not tell a
      // stranger which addresses are registered. People sign in after signing up.
      autoSignIn: false,
    },
    session: { expiresIn: 60 * 60 * 8, updateAge: 60 * 60 },
    // Limits live in our own database-backed limiter (server/rate-limit.ts), which holds across replicas.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Failed sign-ins are expected traffic, not warnings; tests would drown in them.
    logger: { level: env.NODE_ENV === "production" ? "warn" : "error" },
    advanced: { useSecureCookies: env.NODE_ENV === "production" },
    hooks: {
      // A changed password ends every other session of the user, whatever the client asked: whoever knew the old
      // password (the reason to change it, often) must not stay signed in elsewhere.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/change-password") {
          return { context: { body: { ...(ctx.body as Record<string, unknown>), revokeOtherSessions: true } } };
        }
      }),
    },
    plugins: oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: env.OIDC_PROVIDER_ID,
                ...oidc,
                scopes: env.OIDC_SCOPES,
                pkce: true,
              },
            ],
          }),
        ]
      : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The signed-in user of a request, or null. Sessions travel only in cookies (no bearer plugin), so a request
 * without a cookie (open data, crawlers, health checks) is anonymous without asking better-auth, whose request
 * handling cost a measurable share of every open data request.
 */
export async function readSession(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  if (!headers.has("cookie")) return null;
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  return { userId: found.user.id, email: found.user.email, name: found.user.name };
}
