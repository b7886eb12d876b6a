import "server-only";
import { decode } from "next-auth/jwt";
import { forbidden, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { requireMember, type MemberContext } from "@/lib/auth/access/require-member";
import { getAuthOptions } from "./auth-options";
import type { Permission } from "@/lib/auth/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { loadSession } from "@/lib/auth/sessions/load-session";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { isAppError } from "@/lib/errors/app-error";

/**
 * The signed-in session of this request (checked against the database), or null. Once per request.
 * Only the session cookie's JWT is decrypted (decode: one key derivation and decryption):
 * getServerSession would also run next-auth's whole session endpoint — options, CSRF token,
 * callbacks — and encrypt a refreshed cookie that a server component cannot even set (≈ 2 ms of
 * every page's CPU). The JWT carries only the session id (app/_shared/auth-options.ts), small enough
 * that next-auth never splits the cookie in chunks.
 */
export const getSession = cache(async (): Promise<SessionContext | null> => {
  const { secret, useSecureCookies } = getAuthOptions();
  const name = useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  const token = (await cookies()).get(name)?.value;
  if (!token || !secret) return null;
  // An expired, tampered or foreign cookie is no session (as getServerSession treats it).
  const payload = await decode({ token, secret }).catch(() => null);
  return loadSession(typeof payload?.sid === "string" ? payload.sid : null);
});

export async function getRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}

/** Pages of the signed-in app: no session → the login page. */
export async function requireSession(): Promise<SessionContext> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}

/**
 * Pages acting in the active organization with a permission. A missing session goes to
 * login; a missing membership or permission gets the 403 page (never the data). Once per
 * request and permission: a page's metadata and its body both ask.
 */
export const requireActiveMember = cache(async (permission: Permission): Promise<MemberContext> => {
  const session = await requireSession();
  try {
    return await requireMember(session, session.activeOrganizationId, permission);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.kind === "UNAUTHENTICATED") redirect("/login");
    // No usable organization (none chosen, left, or disabled by the platform): pick another.
    if (["no_organization", "organization_not_found", "organization_disabled"].includes(error.code)) {
      redirect("/organizations");
    }
    forbidden();
  }
});

/** Platform administration: only users flagged by the CLI; everyone else gets the 403 page. */
export async function requirePlatformAdmin(): Promise<SessionContext> {
  const session = await requireSession();
  if (!session.user.isPlatformAdmin) forbidden();
  return session;
}
