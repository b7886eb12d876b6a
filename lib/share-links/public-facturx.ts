import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { isAppError } from "@/lib/errors/app-error";
import { loadFacturxXml, type FacturxXmlFile } from "@/lib/pdf/document-pdf";
import { checkPublicRateLimit } from "./public-rate-limit";
import { recordShareLinkView } from "./record-share-link-view";
import { resolveShareLink } from "./resolve-share-link";
import { publicLinkUnusable } from "./share-link-errors";

/**
 * The Factur-X XML a public link offers (GET /api/public/[token]/facturx.xml): rate-limited per
 * address like the PDF, every unusable link — and a document without XML (a quote) — the same
 * 404, the download recorded as an "xml" view.
 */
export async function openSharedFacturxXml(token: string, meta: RequestMeta): Promise<FacturxXmlFile> {
  await checkPublicRateLimit("view", meta);
  const link = await resolveShareLink(token);
  if (!link) throw publicLinkUnusable();
  let file: FacturxXmlFile;
  try {
    file = await loadFacturxXml(link.organizationId, link.documentId);
  } catch (error) {
    if (isAppError(error) && (error.kind === "NOT_FOUND" || error.code === "facturx_unavailable")) {
      throw publicLinkUnusable();
    }
    throw error;
  }
  await recordShareLinkView(link, "xml", meta);
  return file;
}
