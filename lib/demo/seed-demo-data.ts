import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEMO_ORGANIZATION_SLUG = "demo";
export const DEMO_USER_EMAIL = "demo@facturo.test";

export type DemoSeedResult = { organizationId: string; userId: string; created: boolean };

/**
 * The demo organization and its owner, so a fresh clone opens on something to log in to.
 * Idempotent: `npm run dev` runs it every start, and it never touches other rows.
 */
export async function seedDemoData(db: PrismaClient): Promise<DemoSeedResult> {
  return db.$transaction(async (tx) => {
    const existing = await tx.organization.findUnique({ where: { slug: DEMO_ORGANIZATION_SLUG } });
    const organization =
      existing ?? (await tx.organization.create({ data: { name: "Atelier Démo SARL", slug: DEMO_ORGANIZATION_SLUG } }));
    const user = await tx.user.upsert({
      where: { email: DEMO_USER_EMAIL },
      update: {},
      create: { email: DEMO_USER_EMAIL, name: "Camille Démo", emailVerifiedAt: new Date(), locale: "fr" },
    });
    await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
      update: {},
      create: { organizationId: organization.id, userId: user.id, role: "OWNER" },
    });
    return { organizationId: organization.id, userId: user.id, created: !existing };
  });
}
