import { hashToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { inviteMember } from "@/lib/invitations/invite-member";
import { INVITATION_TTL_MS, INVITATIONS_PER_HOUR } from "@/lib/invitations/invitation-rules";
import { listPendingInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { getInvitationByToken } from "@/lib/invitations/get-invitation-by-token";
import { createOrganizationWithMember, createUser, testMeta, uniqueSuffix } from "../../support/factories";
import {
  actingAs,
  addMember,
  expectAppError,
  invitationTokenFor,
  organizationSnapshot,
} from "../../support/member-factories";
import { emailCountTo, latestEmailTo } from "../../support/outbox";

const inviteeEmail = () => `invitee-${uniqueSuffix()}@example.test`;

async function ownerContext(locale = "fr") {
  const organization = await createOrganizationWithMember("OWNER");
  await db.user.update({ where: { id: organization.user.id }, data: { locale } });
  return { ...organization, ctx: await actingAs(organization.user.id, organization.organization.id, "members.invite") };
}

describe("inviting a member", () => {
  it("stores only the token's hash, expires in 7 days, emails the link in the inviter's language, audits", async () => {
    const { organization, user, ctx } = await ownerContext("en");
    const email = inviteeEmail();
    const meta = testMeta();
    const before = Date.now();
    const sent = await inviteMember(ctx, { email: email.toUpperCase(), role: "ACCOUNTANT" }, meta);
    expect(sent).toMatchObject({ email, role: "ACCOUNTANT" });
    expect(JSON.stringify(sent)).not.toMatch(/token/i);

    const message = await latestEmailTo(email);
    expect(message.template).toBe("invitation");
    expect(message.subject).toContain(organization.name);
    expect(message.text).toContain(user.name);
    expect(message.text).toContain("Accountant");
    expect(message.text).toContain("http://localhost:3000/invitations/");
    const token = await invitationTokenFor(email);
    expect(token).toHaveLength(43);

    const row = await db.invitation.findFirstOrThrow({ where: { organizationId: organization.id, email } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.invitedById).toBe(user.id);
    const ttl = row.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(INVITATION_TTL_MS - 1_000);
    expect(ttl).toBeLessThanOrEqual(INVITATION_TTL_MS + 60_000);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "member.invited" },
    });
    expect(audit).toMatchObject({
      actorId: user.id,
      targetId: row.id,
      ip: meta.ip,
      metadata: { email, role: "ACCOUNTANT" },
    });
  });

  it("writes the email in French for a French inviter", async () => {
    const { ctx } = await ownerContext("fr");
    const email = inviteeEmail();
    await inviteMember(ctx, { email, role: "MEMBER" }, testMeta());
    const message = await latestEmailTo(email);
    expect(message.subject).toMatch(/^Invitation à rejoindre/);
    expect(message.text).toContain("Membre");
  });

  it("re-inviting the same email revokes the previous pending invitation (only the latest link works)", async () => {
    const { organization, ctx } = await ownerContext();
    const email = inviteeEmail();
    await inviteMember(ctx, { email, role: "MEMBER" }, testMeta());
    const firstToken = await invitationTokenFor(email);
    await inviteMember(ctx, { email, role: "ADMIN" }, testMeta());
    const secondToken = await invitationTokenFor(email);
    expect(secondToken).not.toBe(firstToken);
    expect((await getInvitationByToken(firstToken))?.state).toBe("revoked");
    expect(await getInvitationByToken(secondToken)).toMatchObject({ state: "valid", role: "ADMIN" });
    const pending = await listPendingInvitations(ctx);
    expect(pending.map((invitation) => [invitation.email, invitation.role])).toEqual([[email, "ADMIN"]]);
    expect(await db.invitation.count({ where: { organizationId: organization.id, email } })).toBe(2);
  });

  it("refuses someone who is already a member (field error on email), sends nothing", async () => {
    const { organization, ctx } = await ownerContext();
    const { user } = await addMember(organization.id, "MEMBER");
    const before = await organizationSnapshot(organization.id);
    const error = await expectAppError(
      inviteMember(ctx, { email: user.email, role: "ADMIN" }, testMeta()),
      "already_member",
    );
    expect(error.details.fieldErrors).toEqual({ email: ["already_member"] });
    expect(await organizationSnapshot(organization.id)).toEqual(before);
    expect(await db.emailMessage.count({ where: { to: { has: user.email }, template: "invitation" } })).toBe(0);
  });

  it("invites someone who has an account elsewhere", async () => {
    const { ctx } = await ownerContext();
    const elsewhere = await createUser();
    await inviteMember(ctx, { email: elsewhere.email, role: "MEMBER" }, testMeta());
    expect(await getInvitationByToken(await invitationTokenFor(elsewhere.email))).toMatchObject({ hasAccount: true });
  });

  it("limits the role to what the inviter may grant: an admin cannot invite an owner", async () => {
    const { organization } = await ownerContext();
    const { user: admin } = await addMember(organization.id, "ADMIN");
    const adminCtx = await actingAs(admin.id, organization.id, "members.invite");
    const email = inviteeEmail();
    const before = await organizationSnapshot(organization.id);
    const error = await expectAppError(inviteMember(adminCtx, { email, role: "OWNER" }, testMeta()), "invalid_input");
    expect(error.details.fieldErrors).toEqual({ role: ["role_not_allowed"] });
    expect(await organizationSnapshot(organization.id)).toEqual(before);
    expect(await emailCountTo(email)).toBe(0);
    await inviteMember(adminCtx, { email, role: "ADMIN" }, testMeta());
    expect(await emailCountTo(email)).toBe(1);
  });

  it("caps invitations per organization and hour, with a retry delay", async () => {
    const { organization, user, ctx } = await ownerContext();
    const now = new Date();
    await db.invitation.createMany({
      data: Array.from({ length: INVITATIONS_PER_HOUR }, (_, index) => ({
        organizationId: organization.id,
        email: `bulk-${index}-${uniqueSuffix()}@example.test`,
        role: "MEMBER" as const,
        tokenHash: `bulk-${index}-${uniqueSuffix()}`,
        invitedById: user.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdAt: new Date(now.getTime() - 30 * 60_000),
      })),
    });
    const email = inviteeEmail();
    const error = await expectAppError(
      inviteMember(ctx, { email, role: "MEMBER" }, testMeta(), now),
      "too_many_invitations",
    );
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(30 * 60);
    expect(await emailCountTo(email)).toBe(0);
    // Once those are more than an hour old, inviting works again.
    await inviteMember(ctx, { email, role: "MEMBER" }, testMeta(), new Date(now.getTime() + 31 * 60_000));
  });

  it.each(["MEMBER", "ACCOUNTANT"] as const)("a %s cannot invite", async (role) => {
    const { organization } = await ownerContext();
    const { user } = await addMember(organization.id, role);
    await expect(actingAs(user.id, organization.id, "members.invite")).rejects.toMatchObject({ kind: "FORBIDDEN" });
    const readCtx = await actingAs(user.id, organization.id, "members.read");
    await expectAppError(inviteMember(readCtx, { email: inviteeEmail(), role: "MEMBER" }, testMeta()), "forbidden");
  });

  it.each([
    [{ email: "not-an-email", role: "MEMBER" }, "email", "email_invalid"],
    [{ email: "", role: "MEMBER" }, "email", "required"],
    [{ role: "MEMBER" }, "email", "required"],
    [{ email: `${"a".repeat(300)}@example.test`, role: "MEMBER" }, "email", "too_long"],
    [{ email: "ok@example.test", role: "KING" }, "role", "role_invalid"],
    [{ email: "ok@example.test" }, "role", "role_invalid"],
    [{ email: "ok@example.test", role: "x".repeat(10_000) }, "role", "role_invalid"],
  ])("bad input %# → field error on %s (%s), nothing written or sent", async (input, field, message) => {
    const { organization, ctx } = await ownerContext();
    const before = await organizationSnapshot(organization.id);
    const emails = await db.emailMessage.count({ where: { organizationId: organization.id } });
    const error = await expectAppError(inviteMember(ctx, input, testMeta()), "invalid_input");
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect(await organizationSnapshot(organization.id)).toEqual(before);
    expect(await db.emailMessage.count({ where: { organizationId: organization.id } })).toBe(emails);
  });
});

describe("listing and revoking invitations", () => {
  it("lists pending ones (expired flagged), newest first, without accepted or revoked ones", async () => {
    const { ctx } = await ownerContext();
    const [first, second] = [inviteeEmail(), inviteeEmail()];
    await inviteMember(
      ctx,
      { email: first, role: "MEMBER" },
      testMeta(),
      new Date(Date.now() - INVITATION_TTL_MS - 60_000),
    );
    await inviteMember(ctx, { email: second, role: "ACCOUNTANT" }, testMeta());
    const pending = await listPendingInvitations(ctx);
    expect(pending.map((invitation) => [invitation.email, invitation.expired])).toEqual([
      [second, false],
      [first, true],
    ]);
    const inviter = await db.user.findUniqueOrThrow({ where: { id: ctx.userId } });
    expect(pending[0]!.invitedByName).toBe(inviter.name);
    expect(JSON.stringify(pending)).not.toMatch(/tokenHash/);
  });

  it("revoking kills the link, is audited, and cannot be done twice", async () => {
    const { organization, ctx } = await ownerContext();
    const email = inviteeEmail();
    const invitation = await inviteMember(ctx, { email, role: "MEMBER" }, testMeta());
    const token = await invitationTokenFor(email);
    await expect(revokeInvitation(ctx, { invitationId: invitation.id }, testMeta())).resolves.toEqual({
      id: invitation.id,
    });
    expect((await getInvitationByToken(token))?.state).toBe("revoked");
    expect(await listPendingInvitations(ctx)).toEqual([]);
    expect(
      await db.auditLog.count({
        where: { organizationId: organization.id, action: "member.invitation_revoked", targetId: invitation.id },
      }),
    ).toBe(1);
    await expectAppError(revokeInvitation(ctx, { invitationId: invitation.id }, testMeta()), "invitation_not_found");
  });

  it("an admin cannot revoke an owner's invitation of another owner", async () => {
    const { organization, ctx } = await ownerContext();
    const invitation = await inviteMember(ctx, { email: inviteeEmail(), role: "OWNER" }, testMeta());
    const { user: admin } = await addMember(organization.id, "ADMIN");
    const adminCtx = await actingAs(admin.id, organization.id, "members.invite");
    await expectAppError(revokeInvitation(adminCtx, { invitationId: invitation.id }, testMeta()), "role_not_allowed");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  });

  it.each([[{}], [{ invitationId: "" }], [{ invitationId: "z".repeat(1_000) }]])(
    "bad input %# → field error",
    async (input) => {
      const { ctx } = await ownerContext();
      const error = await expectAppError(revokeInvitation(ctx, input, testMeta()), "invalid_input");
      expect(error.details.fieldErrors?.invitationId).toBeDefined();
    },
  );
});
