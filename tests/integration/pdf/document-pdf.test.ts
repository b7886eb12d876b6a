import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createClient } from "@/lib/clients/create-client";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { formatPdfDate } from "@/lib/pdf/pdf-model";
import { getDocumentPdf, loadDocumentPdf } from "@/lib/pdf/document-pdf";
import { documentPdfResponse } from "@/lib/pdf/pdf-response";
import { companyInput, personInput } from "@/tests/support/client-factories";
import {
  completeSellerIdentity,
  documentWorkspace,
  lineInput,
  makeDraft,
  makeIssuedInvoice,
} from "@/tests/support/document-factories";
import { testMeta } from "@/tests/support/factories";
import { itWithPdfTools, tempPdfFiles } from "@/tests/support/pdf-tools";
import { actingAs, expectAppError, signedIn } from "@/tests/support/member-factories";

// Real PDFs through the real renderer, read back with poppler's pdftotext and checked with
// qpdf (Debian packages poppler-utils and qpdf; .ci/run installs them).

const run = promisify(execFile);
const pdfFile = tempPdfFiles();

/** The text of a PDF (or of some pages), spaces of every kind made plain. */
async function textOf(bytes: Buffer, pages?: { first: number; last: number }, mode: string[] = []): Promise<string> {
  const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
  const { stdout } = await run("pdftotext", [...mode, ...range, await pdfFile(bytes), "-"], {
    maxBuffer: 32 * 1024 * 1024,
  });
  return stdout
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/\u2212/g, "-")
    .replace(/[ \t]+/g, " ");
}

async function pageCount(bytes: Buffer): Promise<number> {
  const { stdout } = await run("pdfinfo", [await pdfFile(bytes)]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

const expectAll = (text: string, expected: string[]) => {
  for (const piece of expected) expect(text).toContain(piece);
};

async function companyClient(member: Awaited<ReturnType<typeof documentWorkspace>>["member"], userId: string) {
  const writer = await actingAs(userId, member.organizationId, "clients.write");
  return createClient(
    writer,
    companyInput({
      legalName: "Client Industriel SAS",
      siren: "732829320",
      vatNumber: "FR44732829320",
      billingAddressLine1: "5 avenue des Clients",
      billingPostalCode: "69003",
      billingCity: "Lyon",
    }),
    testMeta(),
  );
}

describe("invoice PDF: every mandatory French mention", () => {
  itWithPdfTools("prints seller, company client, dates, lines, VAT per rate, totals and payment mentions", async () => {
    const { member, user } = await documentWorkspace();
    const client = await companyClient(member, user.id);
    const invoice = await makeIssuedInvoice(
      member,
      client.id,
      {
        purchaseOrderNumber: "BC-4521",
        deliveryAddress: "Entrepôt Nord\n12 rue du Dépôt\n59000 Lille",
        serviceDate: "2026-11-15",
        paymentTermsDays: "30",
        lines: [
          lineInput({ description: "Développement du module de paiement", quantity: "3", unitPrice: "450,00" }),
          lineInput({
            description: "Livre technique",
            quantity: "2",
            unitPrice: "25,50",
            vatRate: "550",
            kind: "GOODS",
          }),
        ],
      },
      { issueDate: "2026-11-20" },
    );
    const pdf = await getDocumentPdf(member, invoice.id);
    const text = await textOf(pdf.bytes);

    expectAll(text, [
      // Seller (L441-9 / CGI 242 nonies A): name, form and capital, address, SIREN, SIRET, RCS, VAT number.
      "Atelier Test SARL",
      "SARL au capital de 10 000,00 €",
      "10 rue du Test",
      "75011 Paris",
      "SIREN 552120222",
      "SIRET 55212022200013",
      "RCS Paris 552120222",
      "N° TVA intracommunautaire FR27552120222",
      // Buyer: name, address, SIREN and VAT number of a company; delivery address.
      "Client Industriel SAS",
      "5 avenue des Clients",
      "69003 Lyon",
      "SIREN 732829320",
      "N° TVA intracommunautaire FR44732829320",
      "Adresse de livraison",
      "12 rue du Dépôt",
      // Number and dates.
      "Facture",
      `N° ${invoice.number}`,
      "Date d'émission",
      "20/11/2026",
      "Date de la vente ou de la prestation",
      "15/11/2026",
      "Date d'échéance",
      "20/12/2026",
      "Bon de commande n°",
      "BC-4521",
      // Lines: description, quantity, unit price excl. VAT, VAT rate, line total.
      "Développement du module de paiement",
      "450,00 €",
      "1 350,00 €",
      "Livre technique",
      "25,50 €",
      "51,00 €",
      "20 %",
      "5,5 %",
      // VAT per rate and totals HT / TVA / TTC.
      "Détail de la TVA",
      "TVA 20 %",
      "270,00 €",
      "TVA 5,5 %",
      "2,81 €",
      "Total HT",
      "1 401,00 €",
      "Total TVA",
      "272,81 €",
      "Total TTC",
      "1 673,81 €",
      // Payment: terms, due date, early payment, penalties, 40 € indemnity (B2B), IBAN.
      "Paiement à 30 jours",
      "Pas d'escompte pour paiement anticipé.",
      "trois fois le taux d'intérêt légal",
      "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €",
      "IBAN FR7630006000011234567890189",
      "BIC AGRIFRPP",
      // E-invoicing reform: goods, services or both.
      "Nature de l'opération : livraison de biens et prestation de services",
      "Page 1 / 1",
    ]);
    expect(text).not.toContain("BROUILLON");
    expect(text).not.toContain("TVA non applicable");
    expect(pdf.filename).toBe(`${invoice.number}.pdf`);
  });

  itWithPdfTools("for an individual: no SIREN or VAT number for the buyer, no B2B recovery indemnity", async () => {
    const { member, user } = await documentWorkspace();
    const writer = await actingAs(user.id, member.organizationId, "clients.write");
    const person = await createClient(writer, personInput({ firstName: "Jeanne", lastName: "Martin" }), testMeta());
    const invoice = await makeIssuedInvoice(member, person.id);
    const text = await textOf((await getDocumentPdf(member, invoice.id)).bytes);

    expectAll(text, ["Jeanne Martin", "3 place Bellecour", "69002 Lyon", "SIREN 552120222", "Total TTC", "120,00 €"]);
    // The seller's SIREN appears (its legal line on every page); the buyer has none.
    expect(text.match(/SIREN/g)?.length).toBe(1);
    expect(text.match(/N° TVA intracommunautaire/g)?.length).toBe(1);
    expect(text).not.toContain("Indemnité forfaitaire");
  });

  itWithPdfTools("under the VAT franchise (art. 293 B): the mention, no VAT lines", async () => {
    const { member, client, organization } = await documentWorkspace();
    await completeSellerIdentity(organization.id, { vatRegime: "FRANCHISE", vatNumber: null });
    const invoice = await makeIssuedInvoice(member, client.id);
    const text = await textOf((await getDocumentPdf(member, invoice.id)).bytes);

    expectAll(text, ["TVA non applicable, art. 293 B du CGI", "Total HT", "100,00 €", "Total TTC"]);
    expect(text).not.toContain("Détail de la TVA");
    expect(text).not.toContain("Total TVA");
    expect(text).not.toContain("N° TVA intracommunautaire FR27");
  });

  itWithPdfTools("in English for an English document", async () => {
    const { member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id, { language: "en" }, { issueDate: "2026-11-20" });
    const text = await textOf((await getDocumentPdf(member, invoice.id)).bytes);
    expectAll(text, [
      "Invoice",
      `No. ${invoice.number}`,
      "Issue date",
      "20 Nov 2026",
      "Total excl. VAT",
      "Total incl. VAT",
      "€120.00",
      "Fixed compensation for recovery costs in case of late payment: €40",
      "Page 1 / 1",
    ]);
  });
});

describe("credit notes and quotes", () => {
  itWithPdfTools("a credit note names the invoice it credits (number and date)", async () => {
    const { member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id, {}, { issueDate: calendarDate() });
    const draft = await createCreditNote(member, { invoiceId: invoice.id, mode: "FULL" }, testMeta());
    const creditNote = await issueDocument(member, draft.documentId, {}, testMeta());
    const text = await textOf((await getDocumentPdf(member, creditNote.id)).bytes);
    expectAll(text, [
      "Avoir",
      `N° ${creditNote.number}`,
      `Avoir sur la facture n° ${invoice.number} du ${formatPdfDate(calendarDate(), "fr")}`,
      // A credit note states its own amounts (positive), as the invoice stated its own.
      "Total TTC",
      "120,00 €",
    ]);
  });

  itWithPdfTools("a sent quote states its validity and has the « Bon pour accord » block", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id, {}, "QUOTE");
    const quote = await sendQuote(member, draft.id, {}, testMeta());
    const text = await textOf((await getDocumentPdf(member, draft.id)).bytes);
    expectAll(text, ["Devis", `N° ${quote.number}`, "Valable jusqu'au", "Bon pour accord", "Devis gratuit."]);
    expect(text).not.toContain("Date d'échéance");
  });
});

describe("storage, drafts, integrity", () => {
  it("renders an issued document once and serves the stored bytes and hash afterwards", async () => {
    const { member, client, organization } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    const first = await getDocumentPdf(member, invoice.id);
    // A later change of the settings does not change the stored PDF.
    await completeSellerIdentity(organization.id, { legalName: "Nouveau Nom SARL" });
    const second = await getDocumentPdf(member, invoice.id);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(second.sha256).toBe(first.sha256);

    const stored = await db.documentPdf.findUniqueOrThrow({
      where: { documentId: invoice.id },
      include: { file: true },
    });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.sha256).toBe(first.sha256);
    expect(stored.file.purpose).toBe("document-pdf");
    expect(stored.file.organizationId).toBe(organization.id);
    expect(stored.byteSize).toBe(first.bytes.byteLength);
    expect(stored.pageCount).toBe(1);
  });

  it("two first requests at once store one PDF and both get its bytes", async () => {
    const { member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    const [a, b] = await Promise.all([getDocumentPdf(member, invoice.id), getDocumentPdf(member, invoice.id)]);
    expect(a.sha256).toBe(b.sha256);
    expect(await db.documentPdf.count({ where: { documentId: invoice.id } })).toBe(1);
  });

  it("the stored PDF and its file cannot be changed or deleted by any path", async () => {
    const { member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    await getDocumentPdf(member, invoice.id);
    const stored = await db.documentPdf.findUniqueOrThrow({ where: { documentId: invoice.id } });
    await expect(
      db.documentPdf.update({ where: { documentId: invoice.id }, data: { sha256: "0".repeat(64) } }),
    ).rejects.toThrow(/evidence_immutable/);
    await expect(db.documentPdf.delete({ where: { documentId: invoice.id } })).rejects.toThrow(/evidence_immutable/);
    await expect(
      db.storedFile.update({ where: { id: stored.fileId }, data: { data: new Uint8Array([1, 2, 3]) } }),
    ).rejects.toThrow(/evidence_immutable/);
    await expect(db.storedFile.delete({ where: { id: stored.fileId } })).rejects.toThrow(/evidence_immutable/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "StoredFile" WHERE "id" = $1`, stored.fileId)).rejects.toThrow(
      /evidence_immutable/,
    );
    expect((await getDocumentPdf(member, invoice.id)).sha256).toBe(stored.sha256);
  });

  itWithPdfTools("a draft renders on demand, watermarked, without a number, and is not stored", async () => {
    const { member, client } = await documentWorkspace("OWNER", { identity: false });
    const draft = await makeDraft(member, client.id, {}, "QUOTE");
    const pdf = await getDocumentPdf(member, draft.id);
    expect(pdf.draft).toBe(true);
    expect(pdf.filename).toBe("brouillon-devis.pdf");
    // -raw: in content order, which includes the rotated watermark.
    const text = await textOf(pdf.bytes, undefined, ["-raw"]);
    expectAll(text, ["BROUILLON", "Brouillon — sans numéro", "Devis", "Prestation"]);
    expect(text).not.toMatch(/D-\d{4}-\d+/);
    expect(await db.documentPdf.count({ where: { documentId: draft.id } })).toBe(0);
  });

  itWithPdfTools("passes qpdf --check and embeds its font", async () => {
    const { member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    const file = await pdfFile((await getDocumentPdf(member, invoice.id)).bytes);
    const check = await run("qpdf", ["--check", file]);
    expect(check.stdout).toContain("No syntax or stream encoding errors found");
    const fonts = await run("pdffonts", [file]);
    expect(fonts.stdout).toMatch(/Inter.*\byes\b/);
    expect(fonts.stdout).not.toMatch(/Helvetica/);
  });
});

describe("a 200-line invoice", () => {
  itWithPdfTools("paginates: every line once, headings repeated, page numbers, totals at the end", async () => {
    const { member, client } = await documentWorkspace();
    const lines = Array.from({ length: 200 }, (_, index) =>
      lineInput({ description: `Ligne numéro ${String(index + 1).padStart(3, "0")}`, unitPrice: "10,00" }),
    );
    const invoice = await makeIssuedInvoice(member, client.id, { lines });
    const pdf = await getDocumentPdf(member, invoice.id);
    const pages = await pageCount(pdf.bytes);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = await textOf(pdf.bytes);
    for (let index = 1; index <= 200; index += 1) {
      expect(text.split(`Ligne numéro ${String(index).padStart(3, "0")}`).length - 1).toBe(1);
    }
    for (let page = 1; page <= pages; page += 1) {
      const pageText = await textOf(pdf.bytes, { first: page, last: page });
      expect(pageText).toContain(`Page ${page} / ${pages}`);
      // Every page the table runs onto starts with its headings.
      if (pageText.includes("Ligne numéro")) expect(pageText).toContain("Désignation");
      expect(pageText).toContain("SIREN 552120222");
    }
    const last = await textOf(pdf.bytes, { first: pages, last: pages });
    expectAll(last, ["Total HT", "2 000,00 €", "Total TTC", "2 400,00 €"]);
    expect((await db.documentPdf.findUniqueOrThrow({ where: { documentId: invoice.id } })).pageCount).toBe(pages);
  });
});

describe("tenancy", () => {
  it("another organization's member gets NOT_FOUND, and so does its organization id", async () => {
    const mine = await documentWorkspace();
    const theirs = await documentWorkspace();
    const invoice = await makeIssuedInvoice(mine.member, mine.client.id);
    await expectAppError(getDocumentPdf(theirs.member, invoice.id), "document_not_found");
    await expectAppError(loadDocumentPdf(theirs.organization.id, invoice.id), "document_not_found");
    // Once stored, still not found from the other side.
    await getDocumentPdf(mine.member, invoice.id);
    await expectAppError(getDocumentPdf(theirs.member, invoice.id), "document_not_found");
    await expectAppError(loadDocumentPdf(theirs.organization.id, invoice.id), "document_not_found");
  });
});

describe("GET /api/documents/[id]/pdf (documentPdfResponse)", () => {
  const request = (id: string, query = "") => new Request(`http://localhost/api/documents/${id}/pdf${query}`);

  it("streams the PDF to a member, inline or as a download named after the number", async () => {
    const { member, client, user, organization } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    const session = await signedIn(user.id, organization.id);
    const inline = await documentPdfResponse(session, invoice.id, request(invoice.id));
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-type")).toBe("application/pdf");
    expect(inline.headers.get("content-disposition")).toBe(`inline; filename="${invoice.number}.pdf"`);
    const bytes = Buffer.from(await inline.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const download = await documentPdfResponse(session, invoice.id, request(invoice.id, "?download=1"));
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(download.headers.get("etag")).toBe(inline.headers.get("etag"));
  });

  it("answers JSON problems: 401 signed out, 404 for another organization's document or a bad id", async () => {
    const mine = await documentWorkspace();
    const theirs = await documentWorkspace();
    const invoice = await makeIssuedInvoice(mine.member, mine.client.id);
    const signedOut = await documentPdfResponse(null, invoice.id, request(invoice.id));
    expect(signedOut.status).toBe(401);
    const outsider = await signedIn(theirs.user.id, theirs.organization.id);
    for (const id of [invoice.id, "not-an-id", "x".repeat(500)]) {
      const response = await documentPdfResponse(outsider, id, request(id));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, code: "document_not_found" });
    }
  });
});
