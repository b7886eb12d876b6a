import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { documentNotFound } from "@/lib/documents/document-errors";
import type { DocumentSendKind, QuoteDecision } from "@/lib/generated/prisma/enums";

// What the document page shows about sharing: the links (never their tokens: only hashes are
// kept), who opened them and when, and the client's answer to a quote.

export type ShareLinkState = "active" | "revoked" | "expired";

export type ShareLinkRow = {
  id: string;
  state: ShareLinkState;
  createdAt: string;
  createdByName: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** The email that carried the link, when a send made it. */
  send: { kind: DocumentSendKind; sentAt: string; recipients: string[] } | null;
  viewCount: number;
  lastViewedAt: string | null;
};

export type DocumentViews = { count: number; firstViewedAt: string | null; lastViewedAt: string | null };

export type QuoteResponseView = {
  decision: QuoteDecision;
  signerName: string | null;
  termsAccepted: boolean;
  reason: string | null;
  answeredAt: string;
  ip: string | null;
  userAgent: string | null;
  pdfSha256: string;
  /** The drawn signature as a data URL (PNG), when there is one. */
  signatureDataUrl: string | null;
};

export type ShareActivity = { views: DocumentViews; response: QuoteResponseView | null };

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

async function assertDocument(organizationId: string, documentId: unknown): Promise<string> {
  if (typeof documentId !== "string" || documentId.length === 0 || documentId.length > 64) throw documentNotFound();
  const document = await db.document.findFirst({ where: { id: documentId, organizationId }, select: { id: true } });
  if (!document) throw documentNotFound();
  return document.id;
}

/** The links of one document of the member's organization (documents.read), newest first. */
export async function listShareLinks(member: MemberContext, documentId: string): Promise<ShareLinkRow[]> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const id = await assertDocument(organizationId, documentId);
  const [links, views] = await Promise.all([
    db.shareLink.findMany({
      where: { organizationId, documentId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        createdAt: true,
        createdById: true,
        expiresAt: true,
        revokedAt: true,
        send: { select: { kind: true, createdAt: true, recipients: true } },
      },
    }),
    db.shareLinkView.groupBy({
      by: ["shareLinkId"],
      where: { organizationId, documentId: id },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
  ]);
  const creatorIds = [...new Set(links.map((link) => link.createdById).filter((value): value is string => !!value))];
  const creators = creatorIds.length
    ? await db.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(creators.map((user) => [user.id, user.name]));
  const viewsOf = new Map(views.map((entry) => [entry.shareLinkId, entry]));
  const now = Date.now();
  return links.map((link) => {
    const seen = viewsOf.get(link.id);
    const state: ShareLinkState = link.revokedAt
      ? "revoked"
      : link.expiresAt && link.expiresAt.getTime() <= now
        ? "expired"
        : "active";
    return {
      id: link.id,
      state,
      createdAt: link.createdAt.toISOString(),
      createdByName: link.createdById ? (nameOf.get(link.createdById) ?? null) : null,
      expiresAt: iso(link.expiresAt),
      revokedAt: iso(link.revokedAt),
      send: link.send
        ? { kind: link.send.kind, sentAt: link.send.createdAt.toISOString(), recipients: link.send.recipients }
        : null,
      viewCount: seen?._count._all ?? 0,
      lastViewedAt: iso(seen?._max.createdAt),
    };
  });
}

/** Openings of every link of the document ("Vu le …") and the client's answer to a quote (documents.read). */
export async function getShareActivity(member: MemberContext, documentId: string): Promise<ShareActivity> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const id = await assertDocument(organizationId, documentId);
  const [views, response] = await Promise.all([
    db.shareLinkView.aggregate({
      where: { organizationId, documentId: id },
      _count: { _all: true },
      _min: { createdAt: true },
      _max: { createdAt: true },
    }),
    db.quoteResponse.findUnique({ where: { organizationId_documentId: { organizationId, documentId: id } } }),
  ]);
  return {
    views: {
      count: views._count._all,
      firstViewedAt: iso(views._min.createdAt),
      lastViewedAt: iso(views._max.createdAt),
    },
    response: response
      ? {
          decision: response.decision,
          signerName: response.signerName,
          termsAccepted: response.termsAccepted,
          reason: response.reason,
          answeredAt: response.createdAt.toISOString(),
          ip: response.ip,
          userAgent: response.userAgent,
          pdfSha256: response.pdfSha256,
          signatureDataUrl: response.signaturePng
            ? `data:image/png;base64,${Buffer.from(response.signaturePng).toString("base64")}`
            : null,
        }
      : null,
  };
}
