import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env/env";
import { isAppError } from "@/lib/errors/app-error";
import { getLogger } from "@/lib/log/logger";
import { CHALLENGE_COOKIE, readCookie } from "@/lib/auth/auth-cookies";
import { completeLogin } from "@/lib/auth/login/complete-login";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { SESSION_TTL_SECONDS } from "@/lib/auth/sessions/session-rules";
import { logout } from "@/lib/auth/sessions/revoke-sessions";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** What authorize's thrown error carries to the browser (next-auth passes the message on). */
export type AuthErrorPayload = { code: string; details?: Record<string, unknown> };

let cached: NextAuthOptions | undefined;

/**
 * next-auth issues the session cookie (an encrypted JWT) once the emailed code is right.
 * The JWT carries only the id of our server-side AuthSession row, which every request
 * re-checks (lib/auth/sessions/load-session.ts): that is what makes logout, password
 * changes and disabled accounts take effect at once.
 */
export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = getEnv();
  // next-auth v4 reads its base URL only from process.env; derive it from APP_URL so the
  // app has a single setting for its public address.
  process.env.NEXTAUTH_URL ??= env.APP_URL;
  cached = {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_TTL_SECONDS },
    jwt: { maxAge: SESSION_TTL_SECONDS },
    useSecureCookies: env.APP_URL.startsWith("https://"),
    pages: { signIn: "/login", error: "/login" },
    logger: {
      error: (code, metadata) => getLogger().error({ code, metadata }, "next-auth error"),
      warn: (code) => getLogger().warn({ code }, "next-auth warning"),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        id: "email-code",
        name: "Email code",
        credentials: { code: { label: "Code", type: "text" } },
        async authorize(credentials, request) {
          const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
          const token = readCookie(headers.cookie, CHALLENGE_COOKIE);
          try {
            const login = await completeLogin(token, credentials?.code, requestMetaFrom(headers));
            return { id: login.userId, email: login.email, name: login.name, sessionId: login.sessionId };
          } catch (error) {
            if (!isAppError(error)) throw error;
            const payload: AuthErrorPayload = { code: error.code, details: error.details };
            throw new Error(JSON.stringify(payload));
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sessionId) token.sid = user.sessionId;
        return token;
      },
      // The browser needs nothing from the session endpoint but its existence.
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await logout(token.sid, { ip: null, userAgent: null });
      },
    },
  };
  return cached;
}
