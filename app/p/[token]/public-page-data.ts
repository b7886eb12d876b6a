import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isAppError } from "@/lib/errors/app-error";
import { getPublicDocument, type PublicDocument } from "@/lib/share-links/public-document";
import { checkPublicRateLimit } from "@/lib/share-links/public-rate-limit";
import { recordShareLinkView } from "@/lib/share-links/record-share-link-view";
import { resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { getRequestMeta } from "../../_shared/session";

export type PublicPageData = { kind: "document"; document: PublicDocument } | { kind: "rateLimited"; seconds: number };

/**
 * Once per request (metadata and page share it): the address's rate limit, the link (any
 * unusable one → notFound(), the same 404 whatever the reason), the document, and the view.
 */
export const loadPublicPage = cache(async (token: string): Promise<PublicPageData> => {
  const meta = await getRequestMeta();
  try {
    await checkPublicRateLimit("view", meta);
  } catch (error) {
    if (isAppError(error) && error.kind === "RATE_LIMITED") {
      return { kind: "rateLimited", seconds: error.details.retryAfterSeconds ?? 60 };
    }
    throw error;
  }
  const link = await resolveShareLink(token);
  if (!link) notFound();
  const document = await getPublicDocument(link);
  if (!document) notFound();
  await recordShareLinkView(link, "page", meta);
  return { kind: "document", document };
});
