import { z } from "zod";
import { DISPLAY_STATUSES } from "@/lib/documents/document-status";
import { documentSorts } from "@/lib/documents/lists/document-list-query";
import { DocumentType } from "@/lib/generated/prisma/enums";
import { sendLimits } from "@/lib/sending/send-limits";
import { defineEndpoint } from "../api-endpoint";
import { pageSchema, paginationQueryShape } from "../pagination";
import {
  documentCreateBody,
  documentListItemResource,
  documentPatchBody,
  documentResource,
  shareLinkResource,
} from "./document-resources";

// /api/v1/documents: the quotes, invoices and credit notes lists in one, a document's page
// (lines, totals, payments, related documents, links), and its actions — draft create, update
// and delete, issue, send by email, quote conversions, credit notes, share links — over
// lib/documents, lib/sending and lib/share-links. A lifecycle refusal (issuing an issued
// document, changing one that left DRAFT…) is the domain's own 409 code.

const tag = "Documents";
const idParams = z.strictObject({ id: z.string().max(64).describe("The document's id.") });
const day = z.iso.date();

export const listDocumentsEndpoint = defineEndpoint({
  method: "GET",
  path: "/documents",
  operationId: "listDocuments",
  tag,
  summary: "List documents",
  description: "Quotes, invoices, deposit invoices and credit notes, with the lists' filters; newest first by default.",
  permission: "documents.read",
  query: z.strictObject({
    q: z.string().max(200).optional().describe("Search in numbers and client names."),
    type: z.enum(DocumentType).optional(),
    status: z.enum(DISPLAY_STATUSES).optional().describe("A display status (OVERDUE, PAID, EXPIRED… included)."),
    client: z.string().max(64).optional().describe("A client id."),
    from: day.optional().describe("Issue date, inclusive."),
    to: day.optional().describe("Issue date, inclusive."),
    minTotalCents: z.coerce.number().int().min(0).optional().describe("Total incl. VAT, inclusive."),
    maxTotalCents: z.coerce.number().int().min(0).optional().describe("Total incl. VAT, inclusive."),
    sort: z.enum(documentSorts).default("date"),
    dir: z.enum(["asc", "desc"]).default("desc"),
    ...paginationQueryShape,
  }),
  response: pageSchema(documentListItemResource),
});

export const createDocumentEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents",
  operationId: "createDocument",
  tag,
  summary: "Create a draft",
  description:
    "A DRAFT quote, invoice or deposit invoice. Blank terms and language come from the client, then the " +
    "organization's settings; totals are computed. Credit notes are made from an invoice (POST /documents/{id}/credit-notes).",
  permission: "documents.write",
  body: documentCreateBody,
  response: documentResource,
  status: 201,
});

export const getDocumentEndpoint = defineEndpoint({
  method: "GET",
  path: "/documents/{id}",
  operationId: "getDocument",
  tag,
  summary: "Get a document",
  permission: "documents.read",
  params: idParams,
  response: documentResource,
  errors: [404],
});

export const updateDocumentEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/documents/{id}",
  operationId: "updateDocument",
  tag,
  summary: "Update a draft",
  description:
    "Changes the fields given (lines given replace all lines); the draft is then checked as a whole. " +
    "A document that left DRAFT: 409 document_frozen.",
  permission: "documents.write",
  params: idParams,
  body: documentPatchBody,
  response: documentResource,
  errors: [404, 409],
});

export const deleteDocumentEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/documents/{id}",
  operationId: "deleteDocument",
  tag,
  summary: "Delete a draft",
  description: "Only a DRAFT (409 document_frozen otherwise: issued documents are kept).",
  permission: "documents.write",
  params: idParams,
  errors: [404, 409],
});

export const issueDocumentEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/issue",
  operationId: "issueDocument",
  tag,
  summary: "Issue a draft invoice, deposit invoice or credit note",
  description:
    "Numbers and freezes the draft. Send `{}` for today's date and the draft's terms. Quotes are sent, not " +
    "issued (409 document_not_issuable); a document already issued: 409 document_frozen.",
  permission: "documents.issue",
  params: idParams,
  body: z.strictObject({
    issueDate: day.nullable().optional().describe("Default: the draft's, else today (Paris); never in the future."),
    dueDate: day.nullable().optional().describe("Default: the draft's, else from the payment terms."),
    exchangeRate: z.string().max(32).nullable().optional().describe("Non-EUR documents: EUR for one unit."),
  }),
  response: documentResource,
  errors: [404, 409],
});

const sendResource = z.strictObject({
  id: z.string(),
  kind: z.enum(["SEND", "REMINDER"]),
  recipients: z.array(z.string()),
  subject: z.string(),
  email: z
    .strictObject({
      status: z.enum(["QUEUED", "SENT", "FAILED"]),
      sentAt: z.iso.datetime().nullable(),
      lastError: z.string().nullable(),
    })
    .nullable()
    .describe("The email's delivery: QUEUED until the provider takes it."),
  createdAt: z.iso.datetime(),
});

export const sendDocumentEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/send",
  operationId: "sendDocument",
  tag,
  summary: "Send a document by email",
  description:
    "To some of its client's addresses, the PDF attached, with a public link of its own. A DRAFT quote is " +
    "numbered and SENT first; an invoice or credit note must be issued (409 document_not_issued). The email " +
    "is queued: 202 with the send, whose email.status moves from QUEUED to SENT or FAILED (GET …/sends). " +
    "Absent fields take the send dialog's defaults (every client address, the default subject and message).",
  permission: "documents.issue",
  params: idParams,
  body: z.strictObject({
    recipients: z.array(z.string().max(320)).max(sendLimits.recipients).optional(),
    subject: z.string().max(sendLimits.subject).optional(),
    message: z.string().max(sendLimits.message).optional(),
  }),
  response: z.strictObject({ send: sendResource, document: documentResource }),
  // The email leaves later: accepted, not done (ApiEndpoint's status type has no 202 yet).
  status: 202,
  errors: [404, 409],
});

export const listDocumentSendsEndpoint = defineEndpoint({
  method: "GET",
  path: "/documents/{id}/sends",
  operationId: "listDocumentSends",
  tag,
  summary: "List a document's emails",
  description: "Every send and reminder of the document, newest first, with its email's delivery state.",
  permission: "documents.read",
  params: idParams,
  response: z.strictObject({ data: z.array(sendResource) }),
  errors: [404],
});

export const convertToInvoiceEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/convert-to-invoice",
  operationId: "convertQuoteToInvoice",
  tag,
  summary: "Convert a quote into its final invoice",
  description:
    "A DRAFT invoice with the quote's lines, less its issued deposit invoices; the quote becomes INVOICED. " +
    "Only a SENT (still valid) or ACCEPTED quote (409 otherwise).",
  permission: "documents.write",
  params: idParams,
  response: documentResource,
  status: 201,
  errors: [404, 409],
});

export const convertToDepositEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/convert-to-deposit",
  operationId: "convertQuoteToDeposit",
  tag,
  summary: "Create a deposit invoice from a quote",
  description:
    "A DRAFT deposit invoice for a percentage or an amount incl. VAT of a SENT (still valid) or ACCEPTED " +
    "quote; a SENT quote becomes ACCEPTED. Deposits never exceed the quote (409 deposit_exceeds_quote).",
  permission: "documents.write",
  params: idParams,
  body: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("PERCENT"), value: z.int().describe("Basis points: 3000 = 30 %.") }),
    z.strictObject({ kind: z.literal("AMOUNT"), value: z.int().describe("Cents, incl. VAT.") }),
  ]),
  response: documentResource,
  status: 201,
  errors: [404, 409],
});

export const createCreditNoteEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/credit-notes",
  operationId: "createCreditNote",
  tag,
  summary: "Create a credit note from an invoice",
  description:
    "A DRAFT credit note of an issued invoice or deposit invoice: FULL (every line; issued, it cancels the " +
    "invoice), AMOUNT (cents incl. VAT, split over the invoice's rates) or LINES (lines as in POST /documents). " +
    "Never more than what is left of the invoice (409 credit_exceeds_invoice).",
  permission: "documents.write",
  params: idParams,
  body: z.discriminatedUnion("mode", [
    z.strictObject({ mode: z.literal("FULL") }),
    z.strictObject({ mode: z.literal("AMOUNT"), amountCents: z.int() }),
    z.strictObject({ mode: z.literal("LINES"), lines: documentCreateBody.shape.lines }),
  ]),
  response: documentResource,
  status: 201,
  errors: [404, 409],
});

export const createShareLinkEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/share-links",
  operationId: "createShareLink",
  tag,
  summary: "Create a public link",
  description:
    "A link to the document's public page (PDF, and a quote's accept/decline). Its URL is answered once and " +
    "never stored. Not for a draft (409).",
  permission: "documents.issue",
  params: idParams,
  response: z.strictObject({ id: z.string(), url: z.string(), expiresAt: z.iso.datetime().nullable() }),
  status: 201,
  errors: [404, 409],
});

export const listShareLinksEndpoint = defineEndpoint({
  method: "GET",
  path: "/documents/{id}/share-links",
  operationId: "listShareLinks",
  tag,
  summary: "List a document's public links",
  permission: "documents.read",
  params: idParams,
  response: z.strictObject({ data: z.array(shareLinkResource) }),
  errors: [404],
});

export const revokeShareLinkEndpoint = defineEndpoint({
  method: "POST",
  path: "/documents/{id}/share-links/{linkId}/revoke",
  operationId: "revokeShareLink",
  tag,
  summary: "Revoke a public link",
  description: "The link answers 404 from now on. Idempotent.",
  permission: "documents.issue",
  params: z.strictObject({ id: idParams.shape.id, linkId: z.string().max(64).describe("The link's id.") }),
  response: shareLinkResource,
  errors: [404],
});

export const documentsEndpoints = [
  listDocumentsEndpoint,
  createDocumentEndpoint,
  getDocumentEndpoint,
  updateDocumentEndpoint,
  deleteDocumentEndpoint,
  issueDocumentEndpoint,
  sendDocumentEndpoint,
  listDocumentSendsEndpoint,
  convertToInvoiceEndpoint,
  convertToDepositEndpoint,
  createCreditNoteEndpoint,
  createShareLinkEndpoint,
  listShareLinksEndpoint,
  revokeShareLinkEndpoint,
];
