import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/prisma";
import type { Role } from "@/lib/generated/prisma/enums";

// Each call makes rows with unique names/emails, so tests never depend on each other,
// on order, or on a clean database.

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createOrganization(overrides: { name?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.organization.create({
    data: { name: overrides.name ?? `Test Org ${suffix}`, slug: `test-org-${suffix}` },
  });
}

export const TEST_PASSWORD = "correct-horse-42";

let testPasswordHash: Promise<string> | undefined;

export async function createUser(
  overrides: { name?: string; email?: string; isPlatformAdmin?: boolean; verified?: boolean; locale?: string } = {},
) {
  const suffix = uniqueSuffix();
  // Hash once per file: argon2 is deliberately slow.
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      name: overrides.name ?? `Test User ${suffix}`,
      email: overrides.email ?? `user-${suffix}@example.test`,
      isPlatformAdmin: overrides.isPlatformAdmin ?? false,
      passwordHash: await testPasswordHash,
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
      locale: overrides.locale ?? "fr",
    },
  });
}

/** An organization with one member of the given role (OWNER by default). */
export async function createOrganizationWithMember(role: Role = "OWNER") {
  const organization = await createOrganization();
  const user = await createUser();
  const membership = await db.membership.create({
    data: { organizationId: organization.id, userId: user.id, role },
  });
  return { organization, user, membership };
}

/** A request as seen by domain functions (unique IP so rate limits of tests never meet). */
export function testMeta(ip = `10.${randomByte()}.${randomByte()}.${randomByte()}`) {
  return { ip, userAgent: "jest" };
}

function randomByte(): number {
  return Math.floor(Math.random() * 256);
}
