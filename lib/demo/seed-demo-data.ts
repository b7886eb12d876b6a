import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoAutomations } from "./seed-demo-automations";
import { seedDemoContent } from "./seed-demo-content";
import { seedDemoDocuments } from "./seed-demo-documents";

export const DEMO_ORGANIZATION_SLUG = "demo";
export const DEMO_ORGANIZATION_NAME = "Atelier Démo SARL";
export const DEMO_USER_EMAIL = "demo@facturo.test";
// Public on purpose: it only opens the local demo organization (seeding is refused in production).
export const DEMO_USER_PASSWORD = "demo-facturo-2026";

export type DemoSeedResult = { organizationId: string; userId: string; created: boolean };

/**
 * The demo organization and its owner, so a fresh clone opens on something to log in to.
 * Idempotent: `npm run dev` runs it every start, and it never touches other rows.
 */
export async function seedDemoData(db: PrismaClient): Promise<DemoSeedResult> {
  const passwordHash = await hashPassword(DEMO_USER_PASSWORD);
  const result = await db.$transaction(async (tx) => {
    const existing = await tx.organization.findUnique({ where: { slug: DEMO_ORGANIZATION_SLUG } });
    const organization =
      existing ??
      (await tx.organization.create({ data: { name: DEMO_ORGANIZATION_NAME, slug: DEMO_ORGANIZATION_SLUG } }));
    const user = await tx.user.upsert({
      where: { email: DEMO_USER_EMAIL },
      update: {},
      create: { email: DEMO_USER_EMAIL, name: "Camille Démo", emailVerifiedAt: new Date(), locale: "fr", passwordHash },
    });
    await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
      update: {},
      create: { organizationId: organization.id, userId: user.id, role: "OWNER" },
    });
    return { organizationId: organization.id, userId: user.id, created: !existing };
  });
  if (await seedDemoContent(db, result.organizationId)) {
    const owner = {
      userId: result.userId,
      organizationId: result.organizationId,
      organizationName: DEMO_ORGANIZATION_NAME,
    };
    await seedDemoDocuments(db, owner);
    await seedDemoAutomations(db, owner);
  }
  return result;
}
