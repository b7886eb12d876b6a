import { requireMember, type MemberContext } from "@/lib/auth/access/require-member";
import type { Permission } from "@/lib/auth/permissions";
import { loadSession } from "@/lib/auth/sessions/load-session";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "./factories";
import { latestEmailTo } from "./outbox";

// Helpers for members, invitations and organizations tests: real sessions, real contexts.

/** A new user with a membership of the given role in an existing organization. */
export async function addMember(
  organizationId: string,
  role: Role,
  userOverrides: Parameters<typeof createUser>[0] = {},
) {
  const user = await createUser(userOverrides);
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, role } });
  return { user, membership };
}

/** A real AuthSession row for the user (as after a login), loaded as the app would. */
export async function signedIn(userId: string, activeOrganizationId: string | null = null): Promise<SessionContext> {
  const row = await db.authSession.create({
    data: { userId, activeOrganizationId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const session = await loadSession(row.id);
  if (!session) throw new Error("session did not load");
  return session;
}

/** The MemberContext a page would get from requireActiveMember(permission). */
export async function actingAs(userId: string, organizationId: string, permission: Permission): Promise<MemberContext> {
  return requireMember(await signedIn(userId, organizationId), organizationId, permission);
}

/** Awaits a promise that must fail with an AppError of that code. */
export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** The invitation token in the latest email to an address (as the invitee would click it). */
export async function invitationTokenFor(email: string): Promise<string> {
  const message = await latestEmailTo(email);
  const token = message.text?.match(/\/invitations\/([A-Za-z0-9_-]{43})\b/)?.[1];
  if (!token) throw new Error(`no invitation link in the latest email to ${email}`);
  return token;
}

/** Everything a member/invitation change could touch in an organization, to prove nothing moved. */
export async function organizationSnapshot(organizationId: string) {
  const [memberships, invitations, auditCount] = await Promise.all([
    db.membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { memberships, invitations, auditCount };
}
