import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/prisma";
import type { ResolvedShareLink } from "./resolve-share-link";

export type ShareLinkResource = "page" | "pdf" | "xml";

/** One opening of a resolved link (the page or its PDF), with the visitor's IP and user agent. */
export async function recordShareLinkView(
  link: ResolvedShareLink,
  resource: ShareLinkResource,
  meta: RequestMeta,
): Promise<void> {
  await db.shareLinkView.create({
    data: {
      organizationId: link.organizationId,
      documentId: link.documentId,
      shareLinkId: link.linkId,
      resource,
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    },
  });
}
