import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { listOrganizations } from "@/lib/admin/list-organizations";
import { listUsers } from "@/lib/admin/list-users";
import { setOrganizationDisabled } from "@/lib/admin/set-organization-disabled";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { createOrganization, createUser, testMeta } from "../../support/factories";
import { appErrorOf, signedInAs } from "../../support/sessions";

describe("admin functions refuse anyone but a platform admin", () => {
  async function attempts(session: SessionContext | null, targetUserId: string, organizationId: string) {
    return [
      () => getAdminOverview(session!),
      () => listUsers(session!, {}),
      () => listOrganizations(session!, {}),
      () => setUserDisabled(session!, { id: targetUserId, disabled: true }, testMeta()),
      () => setOrganizationDisabled(session!, { id: organizationId, disabled: true }, testMeta()),
    ];
  }

  it("a signed-in non-admin gets FORBIDDEN and nothing changes", async () => {
    const target = await createUser();
    const organization = await createOrganization();
    const session = await signedInAs((await createUser()).id);
    for (const attempt of await attempts(session, target.id, organization.id)) {
      expect((await appErrorOf(attempt())).code).toBe("not_platform_admin");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).disabledAt).toBeNull();
  });

  it("trusts the database, not the session object: a forged isPlatformAdmin flag does nothing", async () => {
    const target = await createUser();
    const organization = await createOrganization();
    const real = await signedInAs((await createUser()).id);
    const forged: SessionContext = { ...real, user: { ...real.user, isPlatformAdmin: true } };
    for (const attempt of await attempts(forged, target.id, organization.id)) {
      expect((await appErrorOf(attempt())).kind).toBe("FORBIDDEN");
    }
  });

  it("no session → UNAUTHENTICATED; a disabled or revoked admin → FORBIDDEN", async () => {
    const organization = await createOrganization();
    const target = await createUser();
    for (const attempt of await attempts(null, target.id, organization.id)) {
      expect((await appErrorOf(attempt())).kind).toBe("UNAUTHENTICATED");
    }
    const admin = await createUser({ isPlatformAdmin: true });
    const session = await signedInAs(admin.id);
    await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: false } });
    expect((await appErrorOf(listUsers(session, {}))).code).toBe("not_platform_admin");
  });
});
