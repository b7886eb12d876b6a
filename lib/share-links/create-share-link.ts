import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { hashToken, randomToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { getEnv } from "@/lib/env/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shareLinkDraft, shareLinkNotFound } from "./share-link-errors";
import { defaultShareLinkExpiry } from "./share-link-expiry";

// A public link to one document. The token (256 random bits, base64url) exists only in the
// returned URL: the database keeps its SHA-256, so nobody — not even with the table — can
// give a working link back. The URL is shown once (or emailed once) and never again.

export type CreatedShareLink = { id: string; token: string; url: string; expiresAt: Date | null };

export type CreateShareLinkInput = {
  organizationId: string;
  documentId: string;
  createdById: string | null;
  /** The DocumentSend that carries this link (one link per send); null for a link made on the page. */
  sendId?: string | null;
  /** "default" (or undefined): none for invoices and credit notes, end of a quote's validity day. */
  expiresAt?: Date | null | "default";
  /**
   * A token made beforehand (randomToken()) by a caller that needs the URL before the link
   * exists: the sending flow renders the email first, then writes the link in its transaction.
   */
  token?: string;
};

export const PUBLIC_PATH = "/p/";

export function shareLinkUrl(token: string): string {
  return `${getEnv().APP_URL.replace(/\/+$/, "")}${PUBLIC_PATH}${token}`;
}

/**
 * Creates a link, in the caller's transaction when given one (the sending flow creates its
 * link with its DocumentSend). The organization comes from the caller, never from a client:
 * a document of another organization is NOT_FOUND, a DRAFT is refused.
 */
export async function createShareLink(
  client: Prisma.TransactionClient | typeof db,
  input: CreateShareLinkInput,
): Promise<CreatedShareLink> {
  const document = await client.document.findFirst({
    where: { id: input.documentId, organizationId: input.organizationId },
    select: { id: true, type: true, status: true, validUntil: true },
  });
  if (!document) throw shareLinkNotFound();
  if (document.status === "DRAFT") throw shareLinkDraft();
  const expiresAt =
    input.expiresAt === undefined || input.expiresAt === "default"
      ? defaultShareLinkExpiry({
          type: document.type,
          validUntil: document.validUntil ? calendarFromDate(document.validUntil) : null,
        })
      : input.expiresAt;
  const token = input.token ?? randomToken();
  const link = await client.shareLink.create({
    data: {
      organizationId: input.organizationId,
      documentId: document.id,
      tokenHash: hashToken(token),
      sendId: input.sendId ?? null,
      expiresAt,
      createdById: input.createdById,
    },
    select: { id: true, expiresAt: true },
  });
  return { id: link.id, token, url: shareLinkUrl(token), expiresAt: link.expiresAt };
}

/** A member makes a link on the document's page (documents.issue); audited share_link.created. */
export async function createShareLinkForMember(
  member: MemberContext,
  documentId: string,
  meta: RequestMeta = { ip: null, userAgent: null },
): Promise<CreatedShareLink> {
  assertCan(member, "documents.issue");
  if (typeof documentId !== "string" || documentId.length === 0 || documentId.length > 64) throw shareLinkNotFound();
  return db.$transaction(async (tx) => {
    const link = await createShareLink(tx, {
      organizationId: member.organizationId,
      documentId,
      createdById: member.userId,
    });
    await recordAudit(tx, {
      action: "share_link.created",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ShareLink",
      targetId: link.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { documentId, expiresAt: link.expiresAt?.toISOString() ?? null },
    });
    return link;
  });
}
