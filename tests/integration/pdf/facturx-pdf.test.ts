import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import sharp from "sharp";
import { embedFacturx } from "@/lib/facturx/embed-facturx";
import { renderDocumentPdf, type RenderedPdf } from "@/lib/pdf/render-document-pdf";
import {
  extractFacturxXml,
  isPdfA1OnlyFinding,
  itWithFacturxPdfTools,
  pdfboxPreflight,
  pdfFacts,
  type PdfFacts,
  type PreflightFinding,
} from "@/tests/support/facturx-validation";
import { pdfLines, pdfModel } from "@/tests/support/pdf-model-fixture";
import { itWithPdfTools, tempPdfFiles } from "@/tests/support/pdf-tools";

// A Factur-X invoice through the real renderer: react-pdf's PDF/A-3b with the CII XML attached
// by embedFacturx, read back with the Factur-X harness (qpdf --check, pdffonts, XMP, Info,
// attachments, PDFBox Preflight), qpdf's JSON for the finer structure (file specification,
// /AF, /Params, output intent) and pdftotext for the visible invoice. Tools missing: skipped
// with a warning outside CI, an error in CI (pdf-tools.ts, facturx-validation.ts).

const run = promisify(execFile);
const pdfFile = tempPdfFiles("facturo-facturx-");

const CREATED_AT = new Date("2026-12-07T09:30:15.250Z");

/** A small CII-shaped invoice (what embedFacturx carries, not a valid EN 16931 invoice). */
const SAMPLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
  <rsm:ExchangedDocument><ram:ID>F-2026-00001</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedTradeProduct><ram:Name>Développement — forfait 450 €</ram:Name></ram:SpecifiedTradeProduct>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Atelier Banc d'Essai SARL é€</ram:Name></ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;

const model = pdfModel();
const render = (xml = SAMPLE_XML, lines = model.lines) =>
  renderDocumentPdf(
    { ...model, lines },
    { facturx: { xml, meta: { createdAt: CREATED_AT, subject: "Facture F-2026-00001 — 16 200,00 €" } } },
  );

// --- The finer structure (qpdf's JSON: every object) --------------------------------------------

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type PdfObject = { value?: Json; stream?: { dict: Record<string, Json> } };

async function qpdfObjects(bytes: Buffer): Promise<Record<string, PdfObject>> {
  const { stdout } = await run(
    "qpdf",
    ["--json=2", "--json-key=qpdf", "--json-stream-data=none", await pdfFile(bytes)],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { qpdf: [unknown, Record<string, PdfObject>] }).qpdf[1];
}

/** Follows a reference ("3 0 R") to the object's value (a dictionary's, or a stream's dictionary). */
function resolve(objects: Record<string, PdfObject>, value: Json | undefined): PdfObject {
  if (typeof value !== "string" || !/^\d+ \d+ R$/.test(value)) return { value: value ?? null };
  const object = objects[`obj:${value}`];
  if (!object) throw new Error(`no object ${value}`);
  return object;
}

const dict = (object: PdfObject) => (object.value ?? object.stream?.dict ?? {}) as Record<string, Json>;
const text = (value: Json | undefined) => (typeof value === "string" ? value.replace(/^u:/, "") : value);

async function structure(bytes: Buffer) {
  const objects = await qpdfObjects(bytes);
  const trailer = objects.trailer!.value as Record<string, Json>;
  const catalog = dict(resolve(objects, trailer["/Root"]));
  const names = dict(resolve(objects, catalog["/Names"]));
  const embedded = dict(resolve(objects, names["/EmbeddedFiles"])) as { "/Names"?: Json[] };
  const af = (catalog["/AF"] ?? []) as string[];
  const fileSpecs = af.map((ref): Record<string, Json> & { ref: string } => ({ ...dict(resolve(objects, ref)), ref }));
  const fileStreams = fileSpecs.map((spec) => resolve(objects, (spec["/EF"] as Record<string, Json>)["/F"]));
  const intents = ((catalog["/OutputIntents"] ?? []) as string[]).map((ref) => dict(resolve(objects, ref)));
  return { catalog, embeddedNames: embedded["/Names"] ?? [], fileSpecs, fileStreams, intents, objects };
}

/** One XMP property's text (the x-default alternative / first item of a container). */
function xmpValue(xmp: string, name: string): string | null {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xmp);
  if (!match) return null;
  const inner = /<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(match[1]!)?.[1] ?? match[1]!;
  return inner
    .trim()
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** "D:20261207093015Z" (or with +HH'mm') → the instant. */
function pdfDate(value: string): number {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?$/.exec(value);
  if (!m) throw new Error(`not a PDF date: ${value}`);
  const zone = !m[7] || m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, "").slice(3, 5)}`;
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { stdout } = await run("pdftotext", [await pdfFile(bytes), "-"], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.replace(/[\u00a0\u202f\u2009]/g, " ");
}

// --- Tests ----------------------------------------------------------------------------------

describe("Factur-X invoice PDF (PDF/A-3b + factur-x.xml)", () => {
  let invoice: RenderedPdf;
  let facts: PdfFacts | null = null;
  /** The harness's facts (qpdf --check, pdffonts, XMP, Info, attachments), read once. */
  const factsOf = async () => (facts ??= await pdfFacts(invoice.bytes));
  beforeAll(async () => {
    invoice = await render();
  });

  it("hashes the final file and counts its pages", () => {
    expect(invoice.sha256).toBe(createHash("sha256").update(invoice.bytes).digest("hex"));
    expect(invoice.pageCount).toBe(1);
    expect(invoice.layout).toBe("planned");
  });

  it("is the same bytes for the same document and date", async () => {
    const again = await render();
    expect(again.sha256).toBe(invoice.sha256);
  });

  itWithFacturxPdfTools("passes qpdf --check, as PDF 1.7, and embeds every font", async () => {
    const { qpdfCheckOk, qpdfCheckOutput, pdfVersion, fonts } = await factsOf();
    expect({ qpdfCheckOk, qpdfCheckOutput }).toEqual({ qpdfCheckOk: true, qpdfCheckOutput: expect.any(String) });
    expect(pdfVersion).toBe("1.7");
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  itWithFacturxPdfTools("has the PDF/A-3b identification and the Factur-X properties in its XMP", async () => {
    const { xmp } = await factsOf();
    expect(xmp).not.toBeNull();
    expect(xmp!.startsWith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xmp!.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(xmpValue(xmp!, "pdfaid:part")).toBe("3");
    expect(xmpValue(xmp!, "pdfaid:conformance")).toBe("B");
    expect(xmpValue(xmp!, "fx:DocumentType")).toBe("INVOICE");
    expect(xmpValue(xmp!, "fx:DocumentFileName")).toBe("factur-x.xml");
    expect(xmpValue(xmp!, "fx:Version")).toBe("1.0");
    expect(xmpValue(xmp!, "fx:ConformanceLevel")).toBe("EN 16931");
    // The extension schema declaring the fx properties (PDF/A: custom properties are declared).
    expect(xmpValue(xmp!, "pdfaSchema:namespaceURI")).toBe("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#");
    expect(xmpValue(xmp!, "pdfaSchema:prefix")).toBe("fx");
    const declared = [...xmp!.matchAll(/<pdfaProperty:name>(\w+)<\/pdfaProperty:name>/g)].map((m) => m[1]);
    expect(declared.sort()).toEqual(["ConformanceLevel", "DocumentFileName", "DocumentType", "Version"]);
  });

  itWithFacturxPdfTools("carries the XML as factur-x.xml: Alternative, text/xml, in /Names and /AF", async () => {
    const { embeddedFiles, catalogHasAF } = await factsOf();
    expect(embeddedFiles).toEqual([{ name: "factur-x.xml", afRelationship: "Alternative", subtype: "text/xml" }]);
    expect(catalogHasAF).toBe(true);

    // Finer structure: the /AF entry is that file specification, with /F and /UF; the stream's
    // /Params has the size and the date; the XMP stream is not compressed.
    const { catalog, embeddedNames, fileSpecs, fileStreams, objects } = await structure(invoice.bytes);
    expect(fileSpecs).toHaveLength(1);
    const [spec] = fileSpecs;
    expect(spec).toMatchObject({ "/Type": "/Filespec", "/F": "u:factur-x.xml", "/UF": "u:factur-x.xml" });
    expect(embeddedNames).toEqual(["u:factur-x.xml", spec!.ref]);
    expect(catalog["/AF"]).toEqual([spec!.ref]);
    const stream = fileStreams[0]!.stream!;
    expect(stream.dict["/Type"]).toBe("/EmbeddedFile");
    // The MIME type as a name: "/text#2Fxml" in the file, which qpdf's JSON shows decoded.
    expect(invoice.bytes.includes("/Subtype /text#2Fxml")).toBe(true);
    const params = stream.dict["/Params"] as Record<string, Json>;
    expect(params["/Size"]).toBe(Buffer.byteLength(SAMPLE_XML));
    expect(pdfDate(String(text(params["/ModDate"])))).toBe(Date.parse("2026-12-07T09:30:15Z"));
    const metadata = resolve(objects, catalog["/Metadata"]);
    expect(metadata.stream?.dict["/Subtype"]).toBe("/XML");
    expect(metadata.stream?.dict["/Filter"]).toBeUndefined();
  });

  itWithFacturxPdfTools("gives back the exact XML (pdfdetach; UTF-8 accents intact)", async () => {
    const extracted = await extractFacturxXml(invoice.bytes);
    expect(extracted).toBe(SAMPLE_XML);
    expect(extracted).toContain("Atelier Banc d'Essai SARL é€");
  });

  itWithFacturxPdfTools("has an sRGB output intent", async () => {
    expect((await factsOf()).outputIntents).toBe(1);
    const { intents, objects } = await structure(invoice.bytes);
    expect(intents[0]).toMatchObject({
      "/Type": "/OutputIntent",
      "/S": "/GTS_PDFA1",
      "/OutputConditionIdentifier": "u:sRGB IEC61966-2.1",
    });
    const profile = resolve(objects, intents[0]!["/DestOutputProfile"]);
    expect(profile.stream?.dict["/N"]).toBe(3);
  });

  itWithFacturxPdfTools("has an Info dictionary equal to the XMP", async () => {
    const { info, xmp } = await factsOf();
    expect(info).toEqual({
      Title: "Facture N° F-2026-00001",
      Author: "Atelier Banc d'Essai SARL",
      Subject: "Facture F-2026-00001 — 16 200,00 €",
      Creator: "Facturo",
      Producer: "Facturo",
      CreationDate: expect.any(String),
      ModDate: expect.any(String),
    });
    expect(xmpValue(xmp!, "dc:title")).toBe(info.Title);
    expect(xmpValue(xmp!, "dc:creator")).toBe(info.Author);
    expect(xmpValue(xmp!, "dc:description")).toBe(info.Subject);
    expect(xmpValue(xmp!, "xmp:CreatorTool")).toBe(info.Creator);
    expect(xmpValue(xmp!, "pdf:Producer")).toBe(info.Producer);
    const second = Date.parse("2026-12-07T09:30:15Z");
    expect(pdfDate(info.CreationDate!)).toBe(second);
    expect(pdfDate(info.ModDate!)).toBe(second);
    expect(Date.parse(xmpValue(xmp!, "xmp:CreateDate")!)).toBe(second);
    expect(Date.parse(xmpValue(xmp!, "xmp:ModifyDate")!)).toBe(second);
  });

  itWithPdfTools("still shows the invoice as text", async () => {
    const shown = await pdfText(invoice.bytes);
    for (const piece of [
      "Facture",
      "N° F-2026-00001",
      "Atelier Banc d'Essai SARL",
      "Prestation, lot 10",
      "Total TTC",
    ]) {
      expect(shown).toContain(piece);
    }
  });

  // Preflight knows PDF/A-1b only; isPdfA1OnlyFinding (the harness) drops its findings on rules
  // PDF/A-3 does not have, which this file does trigger:
  //   1.4.7 / 1.2.9  EmbeddedFiles in the names dictionary / EF in a file specification:
  //                  PDF/A-1 forbids embedded files, PDF/A-3 allows them as associated files;
  //   3.1.11         no CIDSet for a subset CID font (pdfkit writes none): PDF/A-1 requires it,
  //                  PDF/A-2/3 do not;
  //   7.11.2         "part must be 1": pdfaid:part is 3 on purpose;
  //   (1.4 on cross-reference streams would be dropped too: none here, the tables are classic.)
  // What remains checked: fonts (embedding, widths), colour spaces and the ICC output intent,
  // XMP syntax, Info ↔ XMP agreement (Preflight's 7.2), file structure.
  itWithFacturxPdfTools("has no PDFBox Preflight finding but PDF/A-1-only ones", async () => {
    const findings = await pdfboxPreflight(invoice.bytes);
    expect(findings.filter((finding) => !isPdfA1OnlyFinding(finding))).toEqual([]);
    // It did run on the file: the PDF/A-1-only findings are there.
    expect(findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(["1.4.7", "1.2.9", "7.11.2"]));
  });

  itWithFacturxPdfTools("does the same for a multi-page invoice", async () => {
    const long = await render(
      SAMPLE_XML,
      pdfLines(200, (i) => `Prestation de développement, lot ${i + 1} — recette`),
    );
    expect(long.pageCount).toBeGreaterThan(1);
    const { stdout } = await run("pdfinfo", [await pdfFile(long.bytes)]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBe(long.pageCount);
    const longFacts = await pdfFacts(long.bytes);
    expect(longFacts.qpdfCheckOk).toBe(true);
    expect(longFacts.embeddedFiles).toHaveLength(1);
    expect(xmpValue(longFacts.xmp!, "pdfaid:part")).toBe("3");
    expect(await extractFacturxXml(long.bytes)).toBe(SAMPLE_XML);
  });
});

describe("Factur-X invoice PDF with a logo", () => {
  // Preflight's 2.2.2 "Soft Mask must be null or None": PDF/A-1 forbids transparency; PDF/A-2
  // and 3 allow an image's soft mask (ISO 19005-2 6.2.8, 6.4), which a PNG logo with an alpha
  // channel gets from pdfkit. Not among the harness's PDF/A-1-only codes (yet): dropped here.
  const pdfA3Allowed = (finding: PreflightFinding) =>
    isPdfA1OnlyFinding(finding) || (finding.code === "2.2.2" && /Soft Mask/.test(finding.text));

  itWithFacturxPdfTools("stays PDF/A with a PNG (opaque or transparent) or JPEG logo", async () => {
    const solid = { width: 480, height: 160, channels: 3, background: "#1e3a8a" } as const;
    const logos = [
      { format: "png", data: await sharp({ create: solid }).png().toBuffer() },
      { format: "jpg", data: await sharp({ create: solid }).jpeg().toBuffer() },
      {
        format: "png",
        data: await sharp({
          create: { width: 480, height: 160, channels: 4, background: { r: 30, g: 58, b: 138, alpha: 0.5 } },
        })
          .png()
          .toBuffer(),
      },
    ] as const;
    for (const logo of logos) {
      const { bytes } = await renderDocumentPdf(
        { ...model, logo },
        { facturx: { xml: SAMPLE_XML, meta: { createdAt: CREATED_AT } } },
      );
      const logoFacts = await pdfFacts(bytes);
      expect(logoFacts.qpdfCheckOk).toBe(true);
      expect((await pdfboxPreflight(bytes)).filter((finding) => !pdfA3Allowed(finding))).toEqual([]);
    }
  });
});

describe("PDF flavours", () => {
  itWithFacturxPdfTools(
    "a plain render (quotes, drafts) is no PDF/A; pdfA alone is PDF/A-3b without attachment",
    async () => {
      const plain = await renderDocumentPdf(model);
      expect(plain.bytes.includes("pdfaid:part")).toBe(false);
      expect(plain.bytes.includes("/OutputIntents")).toBe(false);

      const pdfA = await pdfFacts((await renderDocumentPdf(model, { pdfA: true, creationDate: CREATED_AT })).bytes);
      expect(xmpValue(pdfA.xmp!, "pdfaid:part")).toBe("3");
      expect(xmpValue(pdfA.xmp!, "pdfaid:conformance")).toBe("B");
      expect(pdfA.outputIntents).toBe(1);
      expect(pdfA.embeddedFiles).toEqual([]);
    },
  );

  it("embedFacturx refuses a PDF that already carries attachments", async () => {
    const invoice = await render();
    await expect(
      embedFacturx(invoice.bytes, SAMPLE_XML, { title: "T", author: "A", createdAt: CREATED_AT }),
    ).rejects.toThrow(/already has/);
  });
});
