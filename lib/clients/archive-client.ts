import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { clientNotFound } from "./client-errors";
import { parseClientId } from "./client-id";

export type ArchiveResult = { id: string; archivedAt: Date | null; changed: boolean };

/**
 * Archives a client: hidden from the list and from new documents, kept with its documents.
 * Always allowed (unlike delete). Archiving an archived client changes nothing.
 */
export async function archiveClient(member: MemberContext, rawClientId: unknown, meta: RequestMeta) {
  return setArchived(member, rawClientId, true, meta);
}

/** Brings an archived client back into the list. */
export async function unarchiveClient(member: MemberContext, rawClientId: unknown, meta: RequestMeta) {
  return setArchived(member, rawClientId, false, meta);
}

async function setArchived(
  member: MemberContext,
  rawClientId: unknown,
  archive: boolean,
  meta: RequestMeta,
): Promise<ArchiveResult> {
  assertCan(member, "clients.write");
  const id = parseClientId(rawClientId);
  return db.$transaction(async (tx) => {
    const where = { id, organizationId: member.organizationId };
    const archivedAt = archive ? new Date() : null;
    const { count } = await tx.client.updateMany({
      where: { ...where, archivedAt: archive ? null : { not: null } },
      data: { archivedAt },
    });
    if (count === 0) {
      const current = await tx.client.findFirst({ where, select: { archivedAt: true } });
      if (!current) throw clientNotFound();
      return { id, archivedAt: current.archivedAt, changed: false };
    }
    await recordAudit(tx, {
      action: archive ? "client.archived" : "client.unarchived",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Client",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return { id, archivedAt, changed: true };
  });
}
