import { z } from "zod";
import type { ApiFileEndpoint } from "./api-file-route";

// The document downloads of /api/v1 (apiFileRoute): the members' PDF and Factur-X XML.

const idParams = z.strictObject({ id: z.string().max(64).describe("The document's id.") });

export const documentPdfEndpoint: ApiFileEndpoint<typeof idParams> = {
  method: "GET",
  path: "/documents/{id}/pdf",
  operationId: "getDocumentPdf",
  tag: "Documents",
  summary: "Download a document's PDF",
  description:
    "The PDF stored at issue (a draft's is rendered each time, watermarked), with an ETag; inline unless " +
    "?download=1 (Content-Disposition: attachment).",
  permission: "documents.read",
  params: idParams,
  mediaType: "application/pdf",
  errors: [404],
};

export const documentFacturxEndpoint: ApiFileEndpoint<typeof idParams> = {
  method: "GET",
  path: "/documents/{id}/facturx.xml",
  operationId: "getDocumentFacturxXml",
  tag: "Documents",
  summary: "Download a document's Factur-X XML",
  description: "The CII XML embedded in the PDF of an issued invoice, deposit invoice or credit note (409 otherwise).",
  permission: "documents.read",
  params: idParams,
  mediaType: "application/xml",
  errors: [404, 409],
};
