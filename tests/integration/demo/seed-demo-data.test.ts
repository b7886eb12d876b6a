import { db } from "@/lib/db/prisma";
import { DEMO_ORGANIZATION_SLUG, DEMO_USER_EMAIL, seedDemoData } from "@/lib/demo/seed-demo-data";

describe("seedDemoData", () => {
  it("creates the demo organization with its owner once, and is idempotent", async () => {
    const first = await seedDemoData(db);
    const second = await seedDemoData(db);
    expect(second.organizationId).toBe(first.organizationId);
    expect(second.userId).toBe(first.userId);
    expect(second.created).toBe(false);

    const organizations = await db.organization.findMany({ where: { slug: DEMO_ORGANIZATION_SLUG } });
    expect(organizations).toHaveLength(1);
    const memberships = await db.membership.findMany({ where: { organizationId: first.organizationId } });
    expect(memberships).toEqual([expect.objectContaining({ userId: first.userId, role: "OWNER" })]);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USER_EMAIL } });
    expect(user.emailVerifiedAt).not.toBeNull();
  });
});
