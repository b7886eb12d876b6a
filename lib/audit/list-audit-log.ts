import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: string;
  action: string;
  actorName: string | null;
  ip: string | null;
  createdAt: Date;
};

export type AuditLogPage = { entries: AuditLogEntry[]; nextCursor: string | null };

/**
 * The acting organization's audit trail, newest first, 50 per page. The cursor is the id of
 * the last entry of the previous page; it only counts if that entry belongs to this
 * organization (otherwise the first page is shown), so it reveals nothing of another one.
 */
export async function listAuditLog(member: MemberContext, cursor?: string | null): Promise<AuditLogPage> {
  assertCan(member, "auditLog.read");
  const organizationId = member.organizationId;
  const after =
    typeof cursor === "string" && cursor.length > 0 && cursor.length <= 64
      ? await db.auditLog.findFirst({ where: { id: cursor, organizationId }, select: { id: true, createdAt: true } })
      : null;
  const where: Prisma.AuditLogWhereInput = after
    ? {
        organizationId,
        OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
      }
    : { organizationId };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, action: true, ip: true, createdAt: true, actor: { select: { name: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      actorName: row.actor?.name ?? null,
      ip: row.ip,
      createdAt: row.createdAt,
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id : null,
  };
}
