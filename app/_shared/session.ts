import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { requireMember, type MemberContext } from "@/lib/auth/access/require-member";
import { getAuthOptions } from "./auth-options";
import type { Permission } from "@/lib/auth/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { loadSession } from "@/lib/auth/sessions/load-session";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { isAppError } from "@/lib/errors/app-error";

/** The signed-in session of this request (checked against the database), or null. Once per request. */
export const getSession = cache(async (): Promise<SessionContext | null> => {
  const jwtSession = await getServerSession(getAuthOptions());
  return loadSession(jwtSession?.sid);
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
 * login; a missing membership or permission gets the 403 page (never the data).
 */
export async function requireActiveMember(permission: Permission): Promise<MemberContext> {
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
}

/** Platform administration: only users flagged by the CLI; everyone else gets the 403 page. */
export async function requirePlatformAdmin(): Promise<SessionContext> {
  const session = await requireSession();
  if (!session.user.isPlatformAdmin) forbidden();
  return session;
}
