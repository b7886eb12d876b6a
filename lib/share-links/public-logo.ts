import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { loadSnapshotLogo, type SnapshotLogo } from "@/lib/documents/snapshot-logo";
import { checkPublicRateLimit } from "./public-rate-limit";
import { resolveShareLink } from "./resolve-share-link";
import { publicLinkUnusable } from "./share-link-errors";

/**
 * The seller's logo on a public page (GET /api/public/[token]/logo): the logo of the document's
 * seller snapshot, as on its PDF. Rate-limited and resolved like every public request; an
 * unusable link and a document without logo give the same 404. Not recorded as a view.
 */
export async function openSharedLogo(token: string, meta: RequestMeta): Promise<SnapshotLogo> {
  await checkPublicRateLimit("view", meta);
  const link = await resolveShareLink(token);
  if (!link) throw publicLinkUnusable();
  const document = await db.document.findFirst({
    where: { id: link.documentId, organizationId: link.organizationId },
    select: { sellerSnapshot: true },
  });
  const snapshot = document?.sellerSnapshot as SellerSnapshot | null | undefined;
  const logo = await loadSnapshotLogo(link.organizationId, snapshot?.logo);
  if (!logo) throw publicLinkUnusable();
  return logo;
}
