import "server-only";
import { requireMember } from "@/lib/auth/access/require-member";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { isAppError } from "@/lib/errors/app-error";
import { getLogger } from "@/lib/log/logger";
import { getDocumentFacturxXml, getDocumentPdf, type DocumentPdfFile, type FacturxXmlFile } from "./document-pdf";

// GET /api/documents/[id]/pdf for members: the document is looked up in the session's active
// organization only (another tenant's id is the same 404 as a missing one). Web-standard
// Response, no Next.js. `?download=1` asks for an attachment; otherwise inline (preview).

export function problem(status: number, code: string, title: string): Response {
  return Response.json(
    { type: "about:blank", title, status, code },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );
}

export function pdfFileResponse(file: DocumentPdfFile, request: Request, cacheControl = "private, no-cache"): Response {
  const disposition = new URL(request.url).searchParams.get("download") === "1" ? "attachment" : "inline";
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": "application/pdf",
    "Content-Disposition": `${disposition}; filename="${file.filename}"`,
    "Cache-Control": cacheControl,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (!file.draft && request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: { ...headers, "Content-Length": String(file.bytes.byteLength) },
  });
}

export async function documentPdfResponse(
  session: SessionContext | null,
  documentId: string,
  request: Request,
): Promise<Response> {
  let file: DocumentPdfFile;
  try {
    const member = await requireMember(session, session?.activeOrganizationId, "documents.read");
    file = await getDocumentPdf(member, documentId);
  } catch (error) {
    if (isAppError(error)) return problem(error.status, error.code, error.message);
    getLogger().error({ err: error, documentId }, "document PDF failed");
    return problem(500, "pdf_failed", "The PDF could not be produced");
  }
  // A draft changes with every save: never reuse a cached copy of it.
  return pdfFileResponse(file, request, file.draft ? "no-store" : "private, no-cache");
}

/** An e-invoice XML as a download (the document's own bytes, UTF-8). */
export function xmlFileResponse(
  file: FacturxXmlFile,
  request: Request,
  headers: Record<string, string> = {},
): Response {
  const etag = `"${file.sha256}"`;
  const common: Record<string, string> = {
    "Content-Type": "application/xml; charset=utf-8",
    "Content-Disposition": `attachment; filename="${file.filename}"`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    ...headers,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: common });
  const body = Buffer.from(file.xml, "utf8");
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...common, "Content-Length": String(body.byteLength) },
  });
}

/** GET /api/documents/[id]/facturx.xml for members of the document's organization. */
export async function documentFacturxResponse(
  session: SessionContext | null,
  documentId: string,
  request: Request,
): Promise<Response> {
  let file: FacturxXmlFile;
  try {
    const member = await requireMember(session, session?.activeOrganizationId, "documents.read");
    file = await getDocumentFacturxXml(member, documentId);
  } catch (error) {
    if (isAppError(error)) return problem(error.status, error.code, error.message);
    getLogger().error({ err: error, documentId }, "document Factur-X XML failed");
    return problem(500, "pdf_failed", "The document could not be produced");
  }
  return xmlFileResponse(file, request, { "Cache-Control": "private, no-cache" });
}
