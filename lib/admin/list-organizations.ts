import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow } from "@/lib/lists/list-query";
import {
  clampPage,
  organizationListQuery,
  parseListParams,
  type AdminListParams,
  type AdminPage,
} from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

export type AdminOrganizationRow = {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  memberCount: number;
  disabledAt: Date | null;
};

type OrganizationSort = "createdAt" | "name" | "members";

/** Every organization, searched on name or slug (any case), with its member count. */
export async function listOrganizations(
  admin: SessionContext,
  params: AdminListParams,
): Promise<AdminPage<AdminOrganizationRow, OrganizationSort>> {
  await assertPlatformAdmin(admin);
  const parsed = parseListParams(organizationListQuery, params);
  const where: Prisma.OrganizationWhereInput = parsed.q
    ? {
        OR: [
          { name: { contains: parsed.q, mode: "insensitive" } },
          { slug: { contains: parsed.q, mode: "insensitive" } },
        ],
      }
    : {};
  const total = await db.organization.count({ where });
  const query = clampPage(parsed, total);
  const order: Prisma.OrganizationOrderByWithRelationInput =
    query.sort === "members" ? { memberships: { _count: query.dir } } : { [query.sort]: query.dir };
  const rows = await db.organization.findMany({
    where,
    orderBy: [order, { id: query.dir }],
    ...pageWindow(query),
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
  return { ...pageOf(items, total, query), query };
}
