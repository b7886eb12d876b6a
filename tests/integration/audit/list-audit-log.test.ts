import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/audit/list-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

describe("the organization's audit log", () => {
  it("pages newest first, 50 at a time, with actor name and IP, every entry once", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const base = Date.now() - 3_600_000;
    // Same timestamps in pairs: the cursor must still neither skip nor repeat an entry.
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        organizationId: organization.id,
        actorId: index % 3 === 0 ? null : user.id,
        action: "member.invited",
        ip: `10.0.0.${index % 250}`,
        createdAt: new Date(base + Math.floor(index / 2) * 1_000),
      })),
    });
    const ctx = await actingAs(user.id, organization.id, "auditLog.read");
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditLog(ctx, cursor);
      expect(page.entries.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    const total = await db.auditLog.count({ where: { organizationId: organization.id } });
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / AUDIT_PAGE_SIZE));

    const first = await listAuditLog(ctx);
    const times = first.entries.map((entry) => entry.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(first.entries.find((entry) => entry.actorName === user.name)).toBeDefined();
    expect(first.entries.some((entry) => entry.ip?.startsWith("10.0.0."))).toBe(true);
  });

  it("is for roles with auditLog.read: an accountant yes, a member no", async () => {
    const { organization } = await createOrganizationWithMember("OWNER");
    const { user: accountant } = await addMember(organization.id, "ACCOUNTANT");
    const { user: member } = await addMember(organization.id, "MEMBER");
    await recordAudit(db, { action: "member.joined", organizationId: organization.id, actorId: accountant.id });
    const accountantCtx = await actingAs(accountant.id, organization.id, "auditLog.read");
    expect((await listAuditLog(accountantCtx)).entries).toHaveLength(1);
    await expect(actingAs(member.id, organization.id, "auditLog.read")).rejects.toMatchObject({ kind: "FORBIDDEN" });
    await expectAppError(listAuditLog(await actingAs(member.id, organization.id, "members.read")), "forbidden");
  });
});
