import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminListInput, ADMIN_PAGE_SIZE, pageWindow, type AdminListInput, type AdminPage } from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

export type AdminOrganizationRow = {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  memberCount: number;
  disabledAt: Date | null;
};

/** Every organization, newest first, searched on name or slug (any case). */
export async function listOrganizations(
  admin: SessionContext,
  rawInput: AdminListInput,
): Promise<AdminPage<AdminOrganizationRow>> {
  await assertPlatformAdmin(admin);
  const { q, page: requested } = adminListInput.parse(rawInput);
  const where: Prisma.OrganizationWhereInput = q
    ? {
        OR: [{ name: { contains: q, mode: "insensitive" } }, { slug: { contains: q, mode: "insensitive" } }],
      }
    : {};
  const total = await db.organization.count({ where });
  const { page, pageCount, skip } = pageWindow(requested, total);
  const rows = await db.organization.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take: ADMIN_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      disabledAt: true,
      _count: { select: { memberships: true } },
    },
  });
  const items = rows.map(({ _count, ...organization }) => ({ ...organization, memberCount: _count.memberships }));
  return { items, q, page, pageCount, total, pageSize: ADMIN_PAGE_SIZE };
}
