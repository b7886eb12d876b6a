import { completeLogin } from "@/lib/auth/login/complete-login";
import { verifyPassword } from "@/lib/auth/password";
import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/accept-invitation-with-new-account";
import { getInvitationByToken } from "@/lib/invitations/get-invitation-by-token";
import { inviteMember } from "@/lib/invitations/invite-member";
import { INVITATION_TTL_MS } from "@/lib/invitations/invitation-rules";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import type { Role } from "@/lib/generated/prisma/enums";
import { createOrganizationWithMember, createUser, testMeta, uniqueSuffix } from "../../support/factories";
import {
  actingAs,
  expectAppError,
  invitationTokenFor,
  organizationSnapshot,
  signedIn,
} from "../../support/member-factories";
import { emailCountTo, latestCodeFor, latestEmailTo } from "../../support/outbox";

const NEW_PASSWORD = "brand-new-password-7";

async function invite(email: string, role: Role = "MEMBER", now?: Date) {
  const { organization, user: inviter } = await createOrganizationWithMember("OWNER");
  const ctx = await actingAs(inviter.id, organization.id, "members.invite");
  const invitation = await inviteMember(ctx, { email, role }, testMeta(), now);
  return { organization, inviter, ctx, invitation, token: await invitationTokenFor(email.toLowerCase()) };
}

describe("the public invitation page data", () => {
  it("shows organization, inviter, role, email and state; unknown or malformed tokens are not found", async () => {
    const email = `newcomer-${uniqueSuffix()}@example.test`;
    const { organization, inviter, token } = await invite(email, "ACCOUNTANT");
    await expect(getInvitationByToken(token)).resolves.toMatchObject({
      organizationName: organization.name,
      inviterName: inviter.name,
      role: "ACCOUNTANT",
      email,
      state: "valid",
      hasAccount: false,
    });
    const view = await getInvitationByToken(token);
    expect(JSON.stringify(view)).not.toMatch(/tokenHash|token/);
    expect(await getInvitationByToken("A".repeat(43))).toBeNull();
    expect(await getInvitationByToken("../../etc/passwd")).toBeNull();
    expect(await getInvitationByToken("x".repeat(10_000))).toBeNull();
    expect(await getInvitationByToken(undefined)).toBeNull();
  });

  it("an invitation of a disabled organization looks unknown", async () => {
    const { organization, token } = await invite(`disabled-${uniqueSuffix()}@example.test`);
    await db.organization.update({ where: { id: organization.id }, data: { disabledAt: new Date() } });
    expect(await getInvitationByToken(token)).toBeNull();
  });
});

describe("accepting as a signed-in user", () => {
  it("creates the membership with the role, marks the invitation, switches the session, audits", async () => {
    const user = await createUser();
    const { organization, token, invitation } = await invite(user.email, "ADMIN");
    const session = await signedIn(user.id, null);
    const meta = testMeta();
    await expect(acceptInvitation(session, token, meta)).resolves.toEqual({ organizationId: organization.id });

    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
    });
    expect(membership.role).toBe("ADMIN");
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.acceptedAt).not.toBeNull();
    expect(row.acceptedById).toBe(user.id);
    expect((await loadSession(session.sessionId))?.activeOrganizationId).toBe(organization.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "member.joined" },
    });
    expect(audit).toMatchObject({
      actorId: user.id,
      targetId: membership.id,
      ip: meta.ip,
      metadata: { role: "ADMIN" },
    });
    expect((await getInvitationByToken(token))?.state).toBe("accepted");
  });

  it("compares emails case-insensitively", async () => {
    const user = await createUser({ email: `Mixed.Case-${uniqueSuffix()}@Example.test`.toLowerCase() });
    const { token } = await invite(user.email.toUpperCase());
    await expect(acceptInvitation(await signedIn(user.id), token, testMeta())).resolves.toHaveProperty(
      "organizationId",
    );
  });

  it("refuses a signed-in user with another email (invitation_email_mismatch) and changes nothing", async () => {
    const invited = `invited-${uniqueSuffix()}@example.test`;
    const { organization, token } = await invite(invited);
    const intruder = await createUser();
    const before = await organizationSnapshot(organization.id);
    await expectAppError(acceptInvitation(await signedIn(intruder.id), token, testMeta()), "invitation_email_mismatch");
    expect(await organizationSnapshot(organization.id)).toEqual(before);
    expect((await getInvitationByToken(token))?.state).toBe("valid");
  });

  it("refuses accepting twice, even in parallel", async () => {
    const user = await createUser();
    const { organization, token } = await invite(user.email);
    const session = await signedIn(user.id);
    const results = await Promise.allSettled([
      acceptInvitation(session, token, testMeta()),
      acceptInvitation(session, token, testMeta()),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    await expectAppError(acceptInvitation(session, token, testMeta()), "invitation_accepted");
    expect(await db.membership.count({ where: { organizationId: organization.id, userId: user.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { organizationId: organization.id, action: "member.joined" } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const user = await createUser();
    const { organization, token } = await invite(user.email);
    const later = new Date(Date.now() + INVITATION_TTL_MS + 60_000);
    expect((await getInvitationByToken(token, later))?.state).toBe("expired");
    const before = await organizationSnapshot(organization.id);
    await expectAppError(acceptInvitation(await signedIn(user.id), token, testMeta(), later), "invitation_expired");
    expect(await organizationSnapshot(organization.id)).toEqual(before);
  });

  it("refuses a revoked invitation", async () => {
    const user = await createUser();
    const { ctx, invitation, token } = await invite(user.email);
    await revokeInvitation(ctx, { invitationId: invitation.id }, testMeta());
    await expectAppError(acceptInvitation(await signedIn(user.id), token, testMeta()), "invitation_revoked");
  });

  it("refuses an unknown token", async () => {
    const user = await createUser();
    await expectAppError(acceptInvitation(await signedIn(user.id), "B".repeat(43), testMeta()), "invitation_not_found");
  });
});

describe("accepting without an account", () => {
  it("creates a verified user and the membership, then sends a login code that signs them into the organization", async () => {
    const email = `fresh-${uniqueSuffix()}@example.test`;
    const { organization, token, invitation } = await invite(email, "ACCOUNTANT");
    const meta = testMeta();
    const challenge = await acceptInvitationWithNewAccount(
      token,
      { name: "Nina Compta", password: NEW_PASSWORD },
      "en",
      meta,
    );
    expect(challenge.email).toBe(email);

    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Nina Compta", locale: "en" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(user.memberships).toEqual([
      expect.objectContaining({ organizationId: organization.id, role: "ACCOUNTANT" }),
    ]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({
      acceptedById: user.id,
    });
    expect(await db.loginChallenge.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      purpose: "LOGIN",
    });

    // The normal second step: the emailed code opens a session in the new organization.
    expect((await latestEmailTo(email)).template).toBe("login-code");
    const login = await completeLogin(challenge.token, await latestCodeFor(email), meta);
    expect((await loadSession(login.sessionId))?.activeOrganizationId).toBe(organization.id);
    await expectAppError(
      acceptInvitationWithNewAccount(token, { name: "Again", password: NEW_PASSWORD }, "en", testMeta()),
      "invitation_accepted",
    );
  });

  it("refuses when an account already exists for the address (log in instead), writes nothing", async () => {
    const existing = await createUser();
    const { organization, token } = await invite(existing.email);
    const before = await organizationSnapshot(organization.id);
    await expectAppError(
      acceptInvitationWithNewAccount(token, { name: "Someone", password: NEW_PASSWORD }, "fr", testMeta()),
      "account_exists",
    );
    expect(await organizationSnapshot(organization.id)).toEqual(before);
  });

  it("refuses an expired or revoked invitation without creating a user", async () => {
    const email = `late-${uniqueSuffix()}@example.test`;
    const { token, ctx, invitation } = await invite(email);
    const later = new Date(Date.now() + INVITATION_TTL_MS + 1_000);
    await expectAppError(
      acceptInvitationWithNewAccount(token, { name: "Late", password: NEW_PASSWORD }, "fr", testMeta(), later),
      "invitation_expired",
    );
    await revokeInvitation(ctx, { invitationId: invitation.id }, testMeta());
    await expectAppError(
      acceptInvitationWithNewAccount(token, { name: "Late", password: NEW_PASSWORD }, "fr", testMeta()),
      "invitation_revoked",
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it.each([
    [{ name: "Ok Name", password: "short1" }, "password", "password_length"],
    [{ name: "Ok Name", password: "onlyletterslong" }, "password", "password_digit"],
    [{ name: "Ok Name" }, "password", "required"],
    [{ name: "", password: NEW_PASSWORD }, "name", "required"],
    [{ password: NEW_PASSWORD }, "name", "required"],
    [{ name: "n".repeat(10_000), password: NEW_PASSWORD }, "name", "too_long"],
    [{ name: "Ok Name", password: "p1".repeat(5_000) }, "password", "too_long"],
  ])("bad input %# → field error on %s (%s); no user, invitation still valid", async (input, field, message) => {
    const email = `badinput-${uniqueSuffix()}@example.test`;
    const { token } = await invite(email);
    const emails = await emailCountTo(email);
    const error = await expectAppError(acceptInvitationWithNewAccount(token, input, "fr", testMeta()), "invalid_input");
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await getInvitationByToken(token))?.state).toBe("valid");
    expect(await emailCountTo(email)).toBe(emails);
  });
});
