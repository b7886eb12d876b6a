import "server-only";
import { hashToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// The public side's only way in: a token from a URL → the document it opens, or null.
// Unknown, revoked, expired, a disabled organization, a document that is not out of DRAFT:
// all give the same null, so the caller answers the same 404 and a visitor learns nothing
// about which. One indexed query (tokenHash is unique) reads everything the checks need, and
// the checks run afterwards on that row, so the time taken does not depend on the reason.

export type ResolvedShareLink = {
  linkId: string;
  organizationId: string;
  documentId: string;
  documentType: DocumentType;
  expiresAt: Date | null;
};

type LinkRow = {
  id: string;
  organizationId: string;
  documentId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  disabledAt: Date | null;
  type: DocumentType;
  status: string;
};

/** What resolveShareLink queries through (tests pass a client that counts its queries). */
export type ResolveClient = Pick<typeof db, "$queryRaw">;

// base64url of 32 bytes is 43 characters; anything far from that shape is not a token.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

export async function resolveShareLink(token: string, client: ResolveClient = db): Promise<ResolvedShareLink | null> {
  // A malformed token still costs one hash and one lookup, like a well-formed unknown one.
  const wellFormed = typeof token === "string" && TOKEN_SHAPE.test(token);
  const tokenHash = hashToken(wellFormed ? token : `invalid:${String(token).slice(0, 256)}`);
  const rows = await client.$queryRaw<LinkRow[]>`
    SELECT l."id", l."organizationId", l."documentId", l."expiresAt", l."revokedAt",
           o."disabledAt", d."type", d."status"::text AS "status"
    FROM "ShareLink" l
    JOIN "Organization" o ON o."id" = l."organizationId"
    JOIN "Document" d ON d."organizationId" = l."organizationId" AND d."id" = l."documentId"
    WHERE l."tokenHash" = ${tokenHash}`;
  const row = rows[0];
  const now = Date.now();
  const usable =
    wellFormed &&
    row !== undefined &&
    row.revokedAt === null &&
    (row.expiresAt === null || new Date(row.expiresAt).getTime() > now) &&
    row.disabledAt === null &&
    row.status !== "DRAFT";
  if (!usable || !row) return null;
  return {
    linkId: row.id,
    organizationId: row.organizationId,
    documentId: row.documentId,
    documentType: row.type,
    expiresAt: row.expiresAt ? new Date(row.expiresAt) : null,
  };
}
