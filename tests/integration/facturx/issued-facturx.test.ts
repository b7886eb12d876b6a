import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { renderToStaticMarkup } from "react-dom/server";
import PublicDocumentPage from "@/app/p/[token]/page";
import { db } from "@/lib/db/prisma";
import { documentMentions, type MentionKey } from "@/lib/documents/legal-mentions";
import { formatMoney } from "@/lib/money/format-money";
import { clearStoredPdfCache } from "@/lib/pdf/document-pdf";
import { documentPdfResponse } from "@/lib/pdf/pdf-response";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { exemptionReason } from "@/lib/vat/vat-categories";
import {
  describeWithFacturxPdfTools,
  describeWithFacturxValidation,
  extractFacturxXml,
  FACTURX_VALIDATION_TIMEOUT,
  formatFindings,
  isPdfA1OnlyFinding,
  pdfboxPreflight,
  pdfFacts,
  validateFacturxXmls,
  type PreflightFinding,
  type ValidationResult,
} from "@/tests/support/facturx-validation";
import {
  buildIssuedShapes,
  htmlText,
  INFO_XMP,
  INSURANCE,
  normalizeText,
  pdfDate,
  SHAPE,
  xmlSummation,
  xmlText,
  xmpValue,
  type IssuedShape,
  type IssuedShapes,
  type ShapeName,
} from "@/tests/support/issued-facturx-shapes";
import { signedIn } from "@/tests/support/member-factories";
import { itWithPdfTools, tempPdfFiles } from "@/tests/support/pdf-tools";

// Factur-X as the product issues it, end to end on the test database: every shape of invoice,
// deposit invoice and credit note made through the real domain functions
// (tests/support/issued-facturx-shapes.ts), its stored PDF loaded with loadDocumentPdf, and
// 1. the factur-x.xml pdfdetach extracts is the stored facturxXml; all the XMLs pass the four
//    official checks (Factur-X XSD, EN 16931, Factur-X EN16931 schematron, BR-FR) with zero
//    errors in ONE validation run; their totals are the document's to the cent;
// 2. a few stored PDFs are PDF/A-3b Factur-X files (qpdf, pdffonts, XMP, attachment, output
//    intent, Info = XMP, PDFBox Preflight), served with their stored hash; a quote's is not;
// 3. one table of legal mentions, each found in the PDF's text and on the public page.
// Tools missing outside CI: skipped with a warning (pdf-tools.ts, facturx-validation.ts).

// The public page as the server renders it, with its request-scoped helpers fixed (as in
// tests/integration/share-links/public-page.test.tsx).
jest.mock("@/app/_shared/session", () => ({
  getRequestMeta: async () => ({ ip: "203.0.113.77", userAgent: "issued-facturx-test" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({
  getRequestMessages: async () => {
    const { getMessages } = await import("@/lib/i18n/get-messages");
    return { locale: "fr", messages: getMessages("fr") };
  },
}));

const run = promisify(execFile);
const pdfFile = tempPdfFiles("facturo-issued-facturx-");

const SHAPE_NAMES = Object.values(SHAPE);
/** The stored PDFs checked as PDF/A-3b files: a plain invoice, a credit note, a multi-page one. */
const PDF_CHECKED: ShapeName[] = [SHAPE.twoRates, SHAPE.creditLines, SHAPE.lines200];

let built: IssuedShapes;
const shape = (name: ShapeName): IssuedShape => built.byName(name);

beforeAll(async () => {
  built = await buildIssuedShapes();
}, 240_000);

/** pdftotext of a stored PDF, whitespace normalized (a mention may be broken over lines). */
const pdfTexts = new Map<string, Promise<string>>();
function pdfText(name: ShapeName): Promise<string> {
  let text = pdfTexts.get(name);
  if (!text) {
    text = (async () => {
      const { stdout } = await run("pdftotext", [await pdfFile(shape(name).pdf.bytes), "-"], {
        maxBuffer: 32 * 1024 * 1024,
      });
      return normalizeText(stdout);
    })();
    pdfTexts.set(name, text);
  }
  return text;
}

describe("shapes issued through the domain functions", () => {
  it("are what their names say", () => {
    const categories = (name: ShapeName) =>
      shape(name).document.lines.map((line) => [line.vatCategory, line.vatRateBps, line.vatExemptionCode]);
    expect(built.shapes.map((s) => s.name).sort()).toEqual([...SHAPE_NAMES].sort());
    for (const s of built.shapes) expect(s.document.status).toBe("ISSUED");

    expect([...new Set(shape(SHAPE.twoRates).document.vatBreakdown.map((g) => g.vatRateBps))]).toEqual([2000, 550]);
    expect(shape(SHAPE.discount).document.totals.discountCents).toBeGreaterThan(0);
    expect(shape(SHAPE.inclVat).document).toMatchObject({ pricesIncludeVat: true, discount: { kind: "AMOUNT" } });
    expect(shape(SHAPE.lines200).document.lines).toHaveLength(200);
    expect(shape(SHAPE.deposit).document.type).toBe("DEPOSIT_INVOICE");
    const final = shape(SHAPE.final).document;
    expect(final.related.deductedDeposits.map((d) => d.id)).toEqual([shape(SHAPE.deposit).documentId]);
    expect(final.lines.filter((line) => line.deductedDocumentId !== null).length).toBeGreaterThan(0);
    expect(final.purchaseOrderNumber).toBe("PO 2026/118");
    for (const name of [SHAPE.creditLines, SHAPE.creditAmount, SHAPE.creditFull]) {
      expect(shape(name).document.type).toBe("CREDIT_NOTE");
    }
    expect(shape(SHAPE.creditFull).document.totals).toEqual(shape(SHAPE.discount).document.totals);
    expect(shape(SHAPE.creditAmount).document.totals.totalInclVatCents).toBe(10_000);
    expect(categories(SHAPE.franchise)).toEqual([["E", 0, "VATEX-FR-FRANCHISE"]]);
    expect(shape(SHAPE.franchise).document.sellerSnapshot?.vatRegime).toBe("FRANCHISE");
    expect(shape(SHAPE.franchise).document.clientSnapshot?.kind).toBe("INDIVIDUAL");
    expect(categories(SHAPE.euBusiness)).toEqual([
      ["AE", 0, "VATEX-EU-AE"],
      ["K", 0, "VATEX-EU-IC"],
    ]);
    expect(shape(SHAPE.euBusiness).document.clientSnapshot).toMatchObject({ vatNumber: "DE123456789" });
    expect(categories(SHAPE.exportUsd)).toEqual([
      ["G", 0, "VATEX-EU-G"],
      ["G", 0, "VATEX-EU-G"],
    ]);
    expect(shape(SHAPE.exportUsd).document).toMatchObject({
      currency: "USD",
      exchangeRate: "0.9234",
      vatTotalEurCents: 0,
    });
    expect(categories(SHAPE.zeroRated)).toEqual([
      ["Z", 0, null],
      ["E", 0, "VATEX-FR-CGI261-4"],
      ["S", 2000, null],
    ]);
  });

  it.each(SHAPE_NAMES)("%s: stored with its XML; DocumentPdf.sha256 is the hash of the stored bytes", async (name) => {
    const { pdf, documentId } = shape(name);
    expect(pdf.draft).toBe(false);
    expect(pdf.facturxXml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<rsm:CrossIndustryInvoice/);
    const row = await db.documentPdf.findUniqueOrThrow({ where: { documentId } });
    expect(row.facturxXml).toBe(pdf.facturxXml);
    expect(row.sha256).toBe(pdf.sha256);
    expect(createHash("sha256").update(pdf.bytes).digest("hex")).toBe(row.sha256);
    expect(row.byteSize).toBe(pdf.bytes.byteLength);
  });

  it.each(SHAPE_NAMES)("%s: the XML's number, type, currency and totals are the document's, to the cent", (name) => {
    const { document, pdf } = shape(name);
    const xml = pdf.facturxXml!;
    const typeCode = { INVOICE: "380", DEPOSIT_INVOICE: "386", CREDIT_NOTE: "381", QUOTE: "?" }[document.type];
    expect(xmlText(xml, /<rsm:ExchangedDocument>\s*<ram:ID>([^<]*)<\/ram:ID>/)).toBe(document.number);
    expect(xmlText(xml, /<rsm:ExchangedDocument>[\s\S]*?<ram:TypeCode>([^<]*)<\/ram:TypeCode>/)).toBe(typeCode);
    expect(xmlText(xml, /<ram:InvoiceCurrencyCode>([^<]*)<\/ram:InvoiceCurrencyCode>/)).toBe(document.currency);
    const summation = xmlSummation(xml);
    const { totals } = document;
    expect({
      grandTotal: summation.grandTotal,
      taxBasisTotal: summation.taxBasisTotal,
      taxTotal: summation.taxTotal,
      duePayable: summation.duePayable,
    }).toEqual({
      grandTotal: totals.totalInclVatCents,
      taxBasisTotal: totals.totalExclVatCents,
      taxTotal:
        document.currency === "EUR"
          ? { EUR: totals.totalVatCents }
          : { [document.currency]: totals.totalVatCents, EUR: document.vatTotalEurCents },
      duePayable: totals.totalInclVatCents,
    });
  });

  itWithPdfTools.each(SHAPE_NAMES)("%s: the PDF prints the same totals", async (name) => {
    const { document } = shape(name);
    const language = document.language === "en" ? "en" : "fr";
    const text = await pdfText(name);
    for (const cents of [document.totals.totalExclVatCents, document.totals.totalInclVatCents]) {
      expect(text).toContain(normalizeText(formatMoney(cents, language, document.currency)));
    }
  });
});

describeWithFacturxPdfTools("the factur-x.xml attached to each stored PDF", () => {
  it.each(SHAPE_NAMES)(
    "%s: pdfdetach extracts exactly the stored facturxXml",
    async (name) => {
      const { pdf } = shape(name);
      expect(await extractFacturxXml(pdf.bytes)).toBe(pdf.facturxXml);
    },
    FACTURX_VALIDATION_TIMEOUT,
  );
});

describeWithFacturxValidation("the XML of every shape against the official rule sets", () => {
  let result: ValidationResult;

  beforeAll(async () => {
    // One run for all (each run costs the Java start-up and the stylesheets' compiling).
    result = await validateFacturxXmls(built.shapes.map((s) => ({ name: s.name, xml: s.pdf.facturxXml! })));
    const warned = Object.fromEntries(Object.entries(result).filter(([, findings]) => findings.warnings.length > 0));
    if (Object.keys(warned).length > 0)
      console.info(`Factur-X warnings of the issued shapes:\n${formatFindings(warned)}`);
  }, FACTURX_VALIDATION_TIMEOUT * 2);

  it.each(SHAPE_NAMES)("%s: zero errors (XSD, EN 16931, Factur-X, BR-FR)", (name) => {
    const findings = result[name];
    expect(findings).toBeDefined();
    if (findings!.errors.length > 0) throw new Error(formatFindings({ [name]: findings! }, { warnings: false }));
  });
});

describeWithFacturxPdfTools("stored PDFs as PDF/A-3b Factur-X files", () => {
  it.each(PDF_CHECKED)(
    "%s: qpdf --check, fonts embedded, XMP PDF/A-3b + Factur-X, factur-x.xml in /AF, output intent, Info = XMP",
    async (name) => {
      const { pdf, document } = shape(name);
      const facts = await pdfFacts(pdf.bytes);
      expect({ ok: facts.qpdfCheckOk, output: facts.qpdfCheckOutput }).toEqual({
        ok: true,
        output: expect.any(String),
      });
      expect(facts.fonts.length).toBeGreaterThan(0);
      expect(facts.fonts.filter((font) => !font.embedded)).toEqual([]);

      const xmp = facts.xmp;
      expect(xmp).not.toBeNull();
      expect({
        part: xmpValue(xmp!, "pdfaid:part"),
        conformance: xmpValue(xmp!, "pdfaid:conformance"),
        documentType: xmpValue(xmp!, "fx:DocumentType"),
        fileName: xmpValue(xmp!, "fx:DocumentFileName"),
        version: xmpValue(xmp!, "fx:Version"),
        level: xmpValue(xmp!, "fx:ConformanceLevel"),
      }).toEqual({
        part: "3",
        conformance: "B",
        documentType: "INVOICE",
        fileName: "factur-x.xml",
        version: "1.0",
        level: "EN 16931",
      });

      expect(facts.embeddedFiles).toEqual([
        { name: "factur-x.xml", afRelationship: "Alternative", subtype: "text/xml" },
      ]);
      expect(facts.catalogHasAF).toBe(true);
      expect(facts.outputIntents).toBe(1);

      // Info = XMP, key by key; the title names the number, the dates are the instant.
      const { info } = facts;
      for (const key of ["Title", "Author", "Creator", "Producer", "CreationDate", "ModDate"]) {
        expect([key, info[key]]).toEqual([key, expect.any(String)]);
      }
      for (const [key, property] of Object.entries(INFO_XMP)) {
        if (info[key] === undefined) continue;
        const value = xmpValue(xmp!, property);
        if (key === "CreationDate" || key === "ModDate") {
          expect([key, pdfDate(info[key]!)]).toEqual([key, Date.parse(value ?? "")]);
        } else {
          expect([key, info[key]]).toEqual([key, value]);
        }
      }
      expect(info.Title).toContain(document.number!);
      expect(info.Author).toBe(document.sellerSnapshot!.legalName);
      const issuedSecond = Math.floor(Date.parse(document.issuedAt!) / 1000) * 1000;
      expect(pdfDate(info.CreationDate!)).toBe(issuedSecond);
    },
    FACTURX_VALIDATION_TIMEOUT,
  );

  // Preflight checks PDF/A-1b only; isPdfA1OnlyFinding drops its findings on rules PDF/A-3 does
  // not have (embedded files 1.2.9/1.4.7, pdfaid:part 7.11.2, CIDSet 3.1.11, XRef streams).
  // Nothing else is ignored here.
  it.each(PDF_CHECKED)(
    "%s: PDFBox Preflight finds nothing but PDF/A-1-only rules",
    async (name) => {
      const findings = await pdfboxPreflight(shape(name).pdf.bytes);
      const remaining = findings.filter((finding) => !isPdfA1OnlyFinding(finding));
      const ignored = findings.filter(isPdfA1OnlyFinding);
      if (ignored.length > 0) {
        console.info(
          `${name}: Preflight findings ignored as PDF/A-1-only: ${ignored.map((f: PreflightFinding) => f.code).join(", ")}`,
        );
      }
      expect(remaining).toEqual([]);
      // It did read the file: the attachment is what PDF/A-1 forbids.
      expect(findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(["1.2.9"]));
    },
    FACTURX_VALIDATION_TIMEOUT,
  );

  it("the bytes GET /api/documents/[id]/pdf serves from storage hash to DocumentPdf.sha256", async () => {
    clearStoredPdfCache(); // read from the stored file, not this process's copy
    for (const name of PDF_CHECKED) {
      const { workspace, documentId } = shape(name);
      const session = await signedIn(workspace.user.id, workspace.organization.id);
      const response = await documentPdfResponse(
        session,
        documentId,
        new Request(`http://localhost/api/documents/${documentId}/pdf?download=1`),
      );
      expect(response.status).toBe(200);
      const served = Buffer.from(await response.arrayBuffer());
      const stored = await db.documentPdf.findUniqueOrThrow({ where: { documentId } });
      expect(createHash("sha256").update(served).digest("hex")).toBe(stored.sha256);
      expect(response.headers.get("etag")).toBe(`"${stored.sha256}"`);
      expect(served.equals(shape(name).pdf.bytes)).toBe(true);
    }
  });

  it("a quote's stored PDF is a plain PDF: no attached file, no XML", async () => {
    const { pdf, documentId } = built.quote;
    expect(pdf.facturxXml).toBeNull();
    expect((await db.documentPdf.findUniqueOrThrow({ where: { documentId } })).facturxXml).toBeNull();
    const facts = await pdfFacts(pdf.bytes);
    expect(facts.embeddedFiles).toEqual([]);
    expect(facts.catalogHasAF).toBe(false);
    expect(facts.xmp === null || xmpValue(facts.xmp, "fx:DocumentType") === null).toBe(true);
  });
});

// --- Mentions: one table drives the PDF and the public page ------------------------------------

type MentionCase = {
  case: string;
  shape: ShapeName;
  /** Which of documentMentions()'s mentions. */
  key: MentionKey;
  exemptionCode?: string;
  /** What the text must be or hold, from the VAT rule table or the settings (not from documentMentions). */
  expected: (s: IssuedShape) => { equals?: string; holds?: string[] };
};

const ruleText = (code: string, language: "fr" | "en") => exemptionReason(code)!.text[language];

const MENTION_CASES: MentionCase[] = [
  {
    case: "reverse charge (AE), English",
    shape: SHAPE.euBusiness,
    key: "vatExemption",
    exemptionCode: "VATEX-EU-AE",
    expected: () => ({ equals: ruleText("VATEX-EU-AE", "en") }),
  },
  {
    case: "intra-community supply of goods (K), English",
    shape: SHAPE.euBusiness,
    key: "vatExemption",
    exemptionCode: "VATEX-EU-IC",
    expected: () => ({ equals: ruleText("VATEX-EU-IC", "en") }),
  },
  {
    case: "export outside the EU (G)",
    shape: SHAPE.exportUsd,
    key: "vatExemption",
    exemptionCode: "VATEX-EU-G",
    expected: () => ({ equals: ruleText("VATEX-EU-G", "fr") }),
  },
  {
    case: "293 B franchise (E)",
    shape: SHAPE.franchise,
    key: "vatExemption",
    exemptionCode: "VATEX-FR-FRANCHISE",
    expected: () => ({ equals: ruleText("VATEX-FR-FRANCHISE", "fr") }),
  },
  {
    case: "exemption art. 261-4 (E)",
    shape: SHAPE.zeroRated,
    key: "vatExemption",
    exemptionCode: "VATEX-FR-CGI261-4",
    expected: () => ({ equals: ruleText("VATEX-FR-CGI261-4", "fr") }),
  },
  {
    case: "VAT total in EUR of the USD invoice",
    shape: SHAPE.exportUsd,
    key: "eurVatTotal",
    expected: (s) => ({
      holds: [
        "Montant de la TVA en euros",
        formatMoney(s.document.vatTotalEurCents!, "fr", "EUR"),
        "1 USD = 0,9234 EUR",
      ],
    }),
  },
  {
    case: "professional insurance (settings)",
    shape: SHAPE.twoRates,
    key: "insurance",
    expected: () => ({
      holds: [INSURANCE.insurerName, INSURANCE.insurancePolicyNumber, INSURANCE.insuranceCoverage],
    }),
  },
];

/** The mention documentMentions() states for the case, on the document as issued. */
function mentionOf(c: MentionCase): string {
  const s = shape(c.shape);
  const { mentions } = documentMentions({ ...s.document, seller: s.document.sellerSnapshot! });
  const found = mentions.filter(
    (mention) => mention.key === c.key && (c.exemptionCode === undefined || mention.exemptionCode === c.exemptionCode),
  );
  if (found.length !== 1) throw new Error(`${found.length} "${c.key}" mention(s) for ${c.case}`);
  return found[0]!.text;
}

const pages = new Map<ShapeName, Promise<string>>();
/** The public page of the shape's document (a link made as the app makes them), as text. */
function publicPageText(name: ShapeName): Promise<string> {
  let page = pages.get(name);
  if (!page) {
    page = (async () => {
      const s = shape(name);
      const link = await createShareLink(db, {
        organizationId: s.organizationId,
        documentId: s.documentId,
        createdById: s.workspace.user.id,
      });
      const element = await PublicDocumentPage({ params: Promise.resolve({ token: link.token }) });
      return htmlText(renderToStaticMarkup(element));
    })();
    pages.set(name, page);
  }
  return page;
}

const mentionTable = MENTION_CASES.map((c) => [c.case, c] as const);

describe("legal mentions: documentMentions, the PDF and the public page say the same", () => {
  it.each(mentionTable)("%s: documentMentions states the rule table's / the settings' text", (_, c) => {
    const text = normalizeText(mentionOf(c));
    const { equals, holds } = c.expected(shape(c.shape));
    if (equals !== undefined) expect(text).toBe(normalizeText(equals));
    for (const piece of holds ?? []) expect(text).toContain(normalizeText(piece));
  });

  itWithPdfTools.each(mentionTable)("%s: on the stored PDF (pdftotext)", async (_, c) => {
    expect(await pdfText(c.shape)).toContain(normalizeText(mentionOf(c)));
  });

  it.each(mentionTable)("%s: on the public page", async (_, c) => {
    expect(await publicPageText(c.shape)).toContain(normalizeText(mentionOf(c)));
  });

  // The converse: a standard-VAT invoice in EUR states none of the exemption and EUR-total texts.
  itWithPdfTools("none of the exemption or EUR VAT total texts on a 20 % / 5.5 % invoice in EUR", async () => {
    const absent = MENTION_CASES.filter((c) => c.key !== "insurance").map((c) => normalizeText(mentionOf(c)));
    const [pdf, page] = [await pdfText(SHAPE.twoRates), await publicPageText(SHAPE.twoRates)];
    for (const text of absent) {
      expect(pdf).not.toContain(text);
      expect(page).not.toContain(text);
    }
  });
});
