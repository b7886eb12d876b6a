import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createShareLink, type CreatedShareLink } from "./create-share-link";
import { shareLinkNotFound } from "./share-link-errors";

const NO_META: RequestMeta = { ip: null, userAgent: null };

/** The link of the member's organization, locked until the transaction ends; NOT_FOUND otherwise. */
async function lockLink(tx: Prisma.TransactionClient, organizationId: string, linkId: unknown) {
  if (typeof linkId !== "string" || linkId.length === 0 || linkId.length > 64) throw shareLinkNotFound();
  const rows = await tx.$queryRaw<{ id: string; documentId: string; revokedAt: Date | null }[]>`
    SELECT "id", "documentId", "revokedAt" FROM "ShareLink"
    WHERE "id" = ${linkId} AND "organizationId" = ${organizationId}
    FOR UPDATE`;
  const link = rows[0];
  if (!link) throw shareLinkNotFound();
  return link;
}

/**
 * Stops a link at once (documents.issue): the next opening answers 404 like an unknown one.
 * Revoking a revoked link changes nothing. Audited share_link.revoked.
 */
export async function revokeShareLink(
  member: MemberContext,
  linkId: string,
  meta: RequestMeta = NO_META,
): Promise<{ id: string; documentId: string; revokedAt: Date }> {
  assertCan(member, "documents.issue");
  return db.$transaction(async (tx) => {
    const link = await lockLink(tx, member.organizationId, linkId);
    if (link.revokedAt) return { id: link.id, documentId: link.documentId, revokedAt: link.revokedAt };
    const revokedAt = new Date();
    await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt } });
    await recordAudit(tx, {
      action: "share_link.revoked",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ShareLink",
      targetId: link.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { documentId: link.documentId },
    });
    return { id: link.id, documentId: link.documentId, revokedAt };
  });
}

/**
 * Replaces a link (documents.issue): the old one is revoked and a new one made for the same
 * document with the default expiry, in one transaction. The new URL is shown once.
 * Audited share_link.regenerated.
 */
export async function regenerateShareLink(
  member: MemberContext,
  linkId: string,
  meta: RequestMeta = NO_META,
): Promise<CreatedShareLink & { documentId: string; replacedId: string }> {
  assertCan(member, "documents.issue");
  return db.$transaction(async (tx) => {
    const old = await lockLink(tx, member.organizationId, linkId);
    if (!old.revokedAt) await tx.shareLink.update({ where: { id: old.id }, data: { revokedAt: new Date() } });
    const link = await createShareLink(tx, {
      organizationId: member.organizationId,
      documentId: old.documentId,
      createdById: member.userId,
      expiresAt: "default",
    });
    await recordAudit(tx, {
      action: "share_link.regenerated",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ShareLink",
      targetId: link.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { documentId: old.documentId, replacedId: old.id },
    });
    return { ...link, documentId: old.documentId, replacedId: old.id };
  });
}
