import "server-only";
import { createHash } from "node:crypto";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { previewSnapshots, type ClientSnapshot, type SellerSnapshot } from "@/lib/documents/document-snapshots";
import { einvoiceOfDocument } from "@/lib/facturx/einvoice-of-document";
import { einvoiceProblems } from "@/lib/facturx/einvoice-problems";
import { writeCiiXml } from "@/lib/facturx/write-cii";
import { loadDocumentDetail, type DocumentDetail } from "@/lib/documents/get-document";
import { documentNotFound } from "@/lib/documents/document-errors";
import { loadSnapshotLogo } from "@/lib/documents/snapshot-logo";
import { AppError } from "@/lib/errors/app-error";
import { recordIdOrNull } from "@/lib/validation/record-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { getLogger } from "@/lib/log/logger";
import { createFileStorage } from "@/lib/storage/file-storage";
import { buildPdfModel, type PdfSource } from "./pdf-model";
import { renderDocumentPdf } from "./render-document-pdf";
import { createPdfCache } from "./stored-pdf-cache";

// The PDF of a document. A document that left DRAFT (issued invoice, sent quote…) is rendered
// once, from its frozen snapshots, and stored with its SHA-256 (DocumentPdf + StoredFile, both
// write-once in the database): every later download, email attachment and public link serves
// those exact bytes, and a quote's acceptance names their hash. A draft is rendered on each
// request from the live settings and client, watermarked "BROUILLON", without a number.
//
// Invoices, deposit invoices and credit notes are Factur-X documents (EN 16931 profile): the
// stored file is a PDF/A-3b with the CII XML of the same frozen data attached as
// factur-x.xml, and the XML is kept beside it (DocumentPdf.facturxXml) to be served alone.
// Quotes stay plain PDFs.

export type DocumentPdfFile = {
  bytes: Buffer;
  sha256: string;
  /** "F-2026-00001.pdf"; a draft: "brouillon-devis.pdf" / "draft-invoice.pdf". */
  filename: string;
  draft: boolean;
  /** The embedded Factur-X XML (null: a quote, a draft, or a document issued before e-invoicing). */
  facturxXml: string | null;
};

/** Types whose stored PDF is a Factur-X e-invoice. */
export const FACTURX_TYPES = ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] as const;

export const DOCUMENT_PDF_PURPOSE = "document-pdf";

// Per process: stored PDFs never change (see stored-pdf-cache.ts). 64 MB ≈ 2,000 invoices.
const storedPdfs = createPdfCache(64 * 1024 * 1024);

/** Empties this process's copy of stored PDFs (the benchmark times the database path with it). */
export function clearStoredPdfCache(): void {
  storedPdfs.clear();
}

/** The PDF of a document of the acting organization (documents.read); NOT_FOUND otherwise. */
export async function getDocumentPdf(member: MemberContext, documentId: string): Promise<DocumentPdfFile> {
  assertCan(member, "documents.read");
  return loadDocumentPdf(member.organizationId, documentId);
}

/**
 * The same for callers that established the organization themselves (a public share link,
 * sending by email). NOT_FOUND for a document of another organization.
 */
export async function loadDocumentPdf(organizationId: string, documentId: string): Promise<DocumentPdfFile> {
  // An id PostgreSQL would refuse (a NUL byte from a URL) names no document.
  if (recordIdOrNull(documentId) === null) throw documentNotFound();
  const stored = await readStoredPdf(organizationId, documentId);
  if (stored) return stored;
  const document = await loadDocumentDetail(organizationId, documentId);
  if (document.status === "DRAFT") {
    const model = buildPdfModel(await draftSource(organizationId, documentId, document));
    const rendered = await renderDocumentPdf(model);
    return {
      bytes: rendered.bytes,
      sha256: rendered.sha256,
      filename: draftFilename(document),
      draft: true,
      facturxXml: null,
    };
  }
  return storeFirstRender(organizationId, document);
}

async function readStoredPdf(organizationId: string, documentId: string): Promise<DocumentPdfFile | null> {
  const cached = storedPdfs.get(organizationId, documentId);
  if (cached) return { ...cached, draft: false };
  const row = await db.documentPdf.findFirst({
    where: { organizationId, documentId },
    select: { fileId: true, sha256: true, facturxXml: true, document: { select: { number: true } } },
  });
  if (!row) return null;
  const file = await createFileStorage().get(row.fileId);
  if (!file || file.info.organizationId !== organizationId) throw new Error(`stored PDF ${row.fileId} is missing`);
  const stored = {
    bytes: Buffer.from(file.data),
    sha256: row.sha256,
    filename: `${safeFilename(row.document.number ?? documentId)}.pdf`,
    facturxXml: row.facturxXml,
  };
  storedPdfs.set(organizationId, documentId, stored);
  return { ...stored, draft: false };
}

async function storeFirstRender(organizationId: string, document: DocumentDetail): Promise<DocumentPdfFile> {
  if (!document.sellerSnapshot || !document.clientSnapshot) {
    throw new Error(`document ${document.id} left DRAFT without its snapshots`);
  }
  const model = buildPdfModel({
    document,
    seller: document.sellerSnapshot,
    client: document.clientSnapshot,
    logo: await logoOf(organizationId, document.sellerSnapshot.logo),
  });
  const facturxXml = facturxXmlOf(document, document.sellerSnapshot, document.clientSnapshot);
  const rendered = await renderDocumentPdf(
    model,
    facturxXml
      ? { facturx: { xml: facturxXml, meta: { createdAt: new Date(document.issuedAt ?? document.createdAt) } } }
      : {},
  );
  try {
    await db.$transaction(async (tx) => {
      const file = await createFileStorage(tx).put({
        organizationId,
        purpose: DOCUMENT_PDF_PURPOSE,
        contentType: "application/pdf",
        data: rendered.bytes,
        sha256: rendered.sha256,
      });
      await tx.documentPdf.create({
        data: {
          organizationId,
          documentId: document.id,
          fileId: file.id,
          sha256: rendered.sha256,
          byteSize: rendered.bytes.byteLength,
          pageCount: rendered.pageCount,
          facturxXml,
        },
      });
    });
  } catch (error) {
    // Two first requests at once: both rendered, one stored. Serve the stored one, so every
    // reader gets the same bytes (and the same hash).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await readStoredPdf(organizationId, document.id);
      if (stored) return stored;
    }
    throw error;
  }
  const stored = {
    bytes: rendered.bytes,
    sha256: rendered.sha256,
    filename: `${safeFilename(document.number ?? document.id)}.pdf`,
    facturxXml,
  };
  storedPdfs.set(organizationId, document.id, stored);
  return { ...stored, draft: false };
}

/**
 * The CII XML of an issued invoice, deposit invoice or credit note; null for a quote. A
 * document issued before e-invoicing existed may lack what the rules need (a 0 % line without
 * its reason…): it keeps a plain PDF, and the gap is logged — issueDocument refuses such
 * documents now, so new ones always get their XML.
 */
function facturxXmlOf(document: DocumentDetail, seller: SellerSnapshot, client: ClientSnapshot): string | null {
  if (!(FACTURX_TYPES as readonly string[]).includes(document.type)) return null;
  const problems = einvoiceProblems(document, seller, client);
  if (problems.length > 0) {
    getLogger().warn(
      { documentId: document.id, problems },
      "issued document cannot be a valid Factur-X invoice; stored as a plain PDF",
    );
    return null;
  }
  return writeCiiXml(einvoiceOfDocument(document, seller, client));
}

async function draftSource(organizationId: string, documentId: string, document: DocumentDetail): Promise<PdfSource> {
  const row = await db.document.findFirstOrThrow({
    where: { id: documentId, organizationId },
    select: { clientId: true, language: true, deliveryAddress: true },
  });
  const { sellerSnapshot, clientSnapshot } = await previewSnapshots(db, {
    organizationId,
    ...row,
  });
  return {
    document,
    seller: sellerSnapshot,
    client: clientSnapshot,
    logo: await logoOf(organizationId, sellerSnapshot.logo),
  };
}

/** The logo the snapshot names, as react-pdf takes it; a logo since deleted prints nothing. */
async function logoOf(organizationId: string, logo: SellerSnapshot["logo"] | undefined): Promise<PdfSource["logo"]> {
  if (!logo) return null;
  const file = await loadSnapshotLogo(organizationId, logo);
  if (!file) {
    getLogger().warn(
      { organizationId, fileId: logo.fileId },
      "logo of a document snapshot is gone; PDF rendered without it",
    );
    return null;
  }
  if (file.contentType !== "image/png" && file.contentType !== "image/jpeg") return null;
  return { data: Buffer.from(file.data), format: file.contentType === "image/png" ? "png" : "jpg" };
}

const draftNames = {
  fr: { INVOICE: "facture", DEPOSIT_INVOICE: "facture-acompte", CREDIT_NOTE: "avoir", QUOTE: "devis" },
  en: { INVOICE: "invoice", DEPOSIT_INVOICE: "deposit-invoice", CREDIT_NOTE: "credit-note", QUOTE: "quote" },
} as const;

function draftFilename(document: DocumentDetail): string {
  const language = document.language === "en" ? "en" : "fr";
  return `${language === "fr" ? "brouillon" : "draft"}-${draftNames[language][document.type]}.pdf`;
}

/** A number as a file name: letters, digits, dash, dot and underscore only. */
function safeFilename(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_");
}

/** The stored PDF's fingerprint for the document page (null: a draft, or not rendered yet). */
export async function storedPdfFingerprint(member: MemberContext, documentId: string): Promise<string | null> {
  assertCan(member, "documents.read");
  if (recordIdOrNull(documentId) === null) return null;
  const row = await db.documentPdf.findFirst({
    where: { organizationId: member.organizationId, documentId },
    select: { sha256: true },
  });
  return row?.sha256 ?? null;
}

export type FacturxXmlFile = { xml: string; filename: string; sha256: string };

/**
 * The Factur-X XML of a document of the acting organization (documents.read): the very XML
 * embedded in its stored PDF (rendered and stored first if it was not yet). NOT_FOUND for
 * another organization's; CONFLICT "facturx_unavailable" for a draft, a quote or a document
 * issued before e-invoicing.
 */
export async function getDocumentFacturxXml(member: MemberContext, documentId: string): Promise<FacturxXmlFile> {
  assertCan(member, "documents.read");
  return loadFacturxXml(member.organizationId, documentId);
}

/** The same for callers that established the organization themselves (a public share link). */
export async function loadFacturxXml(organizationId: string, documentId: string): Promise<FacturxXmlFile> {
  const pdf = await loadDocumentPdf(organizationId, documentId);
  if (pdf.draft || pdf.facturxXml === null) throw facturxUnavailable();
  return {
    xml: pdf.facturxXml,
    filename: pdf.filename.replace(/\.pdf$/, "-factur-x.xml"),
    sha256: createHash("sha256").update(pdf.facturxXml, "utf8").digest("hex"),
  };
}

export const facturxUnavailable = () =>
  new AppError(
    "CONFLICT",
    "facturx_unavailable",
    "Only issued invoices, deposit invoices and credit notes have a Factur-X XML",
  );
