import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { isAppError } from "@/lib/errors/app-error";
import { loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { checkPublicRateLimit } from "./public-rate-limit";
import { recordShareLinkView } from "./record-share-link-view";
import { resolveShareLink } from "./resolve-share-link";
import { publicLinkUnusable } from "./share-link-errors";

/**
 * The PDF a public link opens (GET /api/public/[token]/pdf): rate-limited per address, the
 * link resolved (any unusable link: "public_link_unusable", the same 404), the stored PDF
 * loaded and the opening recorded as a "pdf" view.
 */
export async function openSharedPdf(
  token: string,
  meta: RequestMeta,
): Promise<{ bytes: Buffer; filename: string; sha256: string }> {
  await checkPublicRateLimit("view", meta);
  const link = await resolveShareLink(token);
  if (!link) throw publicLinkUnusable();
  let pdf: Awaited<ReturnType<typeof loadDocumentPdf>>;
  try {
    pdf = await loadDocumentPdf(link.organizationId, link.documentId);
  } catch (error) {
    if (isAppError(error) && error.kind === "NOT_FOUND") throw publicLinkUnusable();
    throw error;
  }
  if (pdf.draft) throw publicLinkUnusable();
  await recordShareLinkView(link, "pdf", meta);
  return { bytes: pdf.bytes, filename: pdf.filename, sha256: pdf.sha256 };
}
