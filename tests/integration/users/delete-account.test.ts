import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { listAccountDeletionBlockers, planAccountDeletion } from "@/lib/users/account-deletion-blockers";
import { deleteAccount } from "@/lib/users/delete-account";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createOrganization,
  createOrganizationWithMember,
  createUser,
  TEST_PASSWORD,
  testMeta,
} from "../../support/factories";
import { appErrorOf, signedInAs } from "../../support/sessions";

async function addMember(organizationId: string, role: Role = "MEMBER") {
  const user = await createUser();
  await db.membership.create({ data: { organizationId, userId: user.id, role } });
  return user;
}

describe("account deletion", () => {
  it("deletes the account with the organizations where the user is alone, and ends the session", async () => {
    const { user, organization } = await createOrganizationWithMember("OWNER");
    const session = await signedInAs(user.id);
    expect(await planAccountDeletion(user.id)).toEqual({
      blockers: [],
      deletedWithAccount: [{ organizationId: organization.id, organizationName: organization.name }],
    });
    await expect(deleteAccount(session, { password: TEST_PASSWORD }, testMeta())).resolves.toEqual({
      deletedOrganizationIds: [organization.id],
    });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.organization.findUnique({ where: { id: organization.id } })).toBeNull();
    expect(await loadSession(session.sessionId)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.deleted", targetId: user.id } });
    expect(audit.metadata).toEqual({ deletedOrganizationIds: [organization.id] });
  });

  it("is blocked while the user is the last owner of an organization with other members", async () => {
    const { user, organization } = await createOrganizationWithMember("OWNER");
    await addMember(organization.id, "ADMIN");
    const session = await signedInAs(user.id);
    expect(await listAccountDeletionBlockers(user.id)).toEqual([
      {
        organizationId: organization.id,
        organizationName: organization.name,
        reason: "last_owner_with_members",
        otherMembers: 1,
      },
    ]);
    const error = await appErrorOf(deleteAccount(session, { password: TEST_PASSWORD }, testMeta()));
    expect(error.code).toBe("account_deletion_blocked");
    expect(error.details.organizations).toEqual([organization.name]);
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(await loadSession(session.sessionId)).not.toBeNull();
  });

  it("is allowed when another owner remains; the organization and its members stay", async () => {
    const { user, organization } = await createOrganizationWithMember("OWNER");
    const coOwner = await addMember(organization.id, "OWNER");
    const session = await signedInAs(user.id);
    expect(await listAccountDeletionBlockers(user.id)).toEqual([]);
    await expect(deleteAccount(session, { password: TEST_PASSWORD }, testMeta())).resolves.toEqual({
      deletedOrganizationIds: [],
    });
    expect(await db.organization.findUnique({ where: { id: organization.id } })).not.toBeNull();
    expect(await db.membership.count({ where: { organizationId: organization.id } })).toBe(1);
    expect(await db.user.findUnique({ where: { id: coOwner.id } })).not.toBeNull();
  });

  it("a plain member leaves their organizations without blocking", async () => {
    const { organization } = await createOrganizationWithMember("OWNER");
    const member = await addMember(organization.id, "MEMBER");
    const own = await createOrganization();
    await db.membership.create({ data: { organizationId: own.id, userId: member.id, role: "OWNER" } });
    const session = await signedInAs(member.id);
    await expect(deleteAccount(session, { password: TEST_PASSWORD }, testMeta())).resolves.toEqual({
      deletedOrganizationIds: [own.id],
    });
    expect(await db.organization.findUnique({ where: { id: organization.id } })).not.toBeNull();
  });

  it("a wrong or missing password refuses and deletes nothing", async () => {
    const { user, organization } = await createOrganizationWithMember("OWNER");
    const session = await signedInAs(user.id);
    for (const [password, message] of [
      ["wrong-password-5", "current_password_wrong"],
      ["", "required"],
      [undefined, "required"],
      ["p".repeat(5_000), "too_long"],
    ] as const) {
      const error = await appErrorOf(deleteAccount(session, { password }, testMeta()));
      expect(error.details.fieldErrors?.password).toEqual([message]);
    }
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(await db.organization.findUnique({ where: { id: organization.id } })).not.toBeNull();
  });
});
