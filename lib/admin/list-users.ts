import "server-only";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminListInput, ADMIN_PAGE_SIZE, pageWindow, type AdminListInput, type AdminPage } from "./admin-schemas";
import { assertPlatformAdmin } from "./assert-platform-admin";

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
};

/** Every user of the platform, newest first, searched on name or email (any case). */
export async function listUsers(admin: SessionContext, rawInput: AdminListInput): Promise<AdminPage<AdminUserRow>> {
  await assertPlatformAdmin(admin);
  const { q, page: requested } = adminListInput.parse(rawInput);
  const where: Prisma.UserWhereInput = q
    ? {
        OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
      }
    : {};
  const total = await db.user.count({ where });
  const { page, pageCount, skip } = pageWindow(requested, total);
  const items = await db.user.findMany({
    where,
    // The id breaks ties between rows created in the same millisecond: pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take: ADMIN_PAGE_SIZE,
    select: { id: true, name: true, email: true, createdAt: true, isPlatformAdmin: true, disabledAt: true },
  });
  return { items, q, page, pageCount, total, pageSize: ADMIN_PAGE_SIZE };
}
