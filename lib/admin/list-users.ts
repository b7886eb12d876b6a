import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow } from "@/lib/lists/list-query";
import { clampPage, parseListParams, userListQuery, type AdminListParams, type AdminPage } from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
};

type UserSort = "createdAt" | "name" | "email";

/** Every user of the platform, searched on name or email (any case), 25 per page. */
export async function listUsers(
  admin: SessionContext,
  params: AdminListParams,
): Promise<AdminPage<AdminUserRow, UserSort>> {
  await assertPlatformAdmin(admin);
  const parsed = parseListParams(userListQuery, params);
  const where: Prisma.UserWhereInput = parsed.q
    ? {
        OR: [
          { name: { contains: parsed.q, mode: "insensitive" } },
          { email: { contains: parsed.q, mode: "insensitive" } },
        ],
      }
    : {};
  const total = await db.user.count({ where });
  const query = clampPage(parsed, total);
  const items = await db.user.findMany({
    where,
    // The id breaks ties (same name, same millisecond): pages never overlap or skip a row.
    orderBy: [{ [query.sort]: query.dir }, { id: query.dir }],
    ...pageWindow(query),
    select: { id: true, name: true, email: true, createdAt: true, isPlatformAdmin: true, disabledAt: true },
  });
  return { ...pageOf(items, total, query), query };
}
