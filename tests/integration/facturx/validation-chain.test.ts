import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createElement } from "react";
import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import {
  describeWithFacturxPdfTools,
  describeWithFacturxValidation,
  errorIds,
  extractFacturxXml,
  FACTURX_VALIDATION_TIMEOUT,
  formatFindings,
  isPdfA1OnlyFinding,
  pdfboxPreflight,
  pdfFacts,
  rulesDir,
  validateFacturxXmls,
  type PdfFacts,
  type PreflightFinding,
  type ValidationResult,
} from "@/tests/support/facturx-validation";

// The harness itself, before anyone trusts it with our invoices: on official CEN examples and
// copies broken on purpose, each of the four checks (XSD, EN 16931, Factur-X, BR-FR) must both
// pass what is right and fail what is wrong. One batch call for every file: each call costs the
// Java start-up and the stylesheet compiling, whatever the number of files.

const run = promisify(execFile);

function officialExample(name: string): Promise<string> {
  return readFile(path.join(rulesDir(), "en16931-cii", "examples", name), "utf8");
}

/** Replaces one exact piece of the XML, failing loudly if the example changed under us. */
function edit(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`the example no longer contains ${from}`);
  return xml.replace(from, to);
}

describeWithFacturxValidation("Factur-X validation chain (XSD + EN 16931 + Factur-X + BR-FR)", () => {
  let result: ValidationResult;

  beforeAll(async () => {
    const example = await officialExample("CII_example1.xml");
    result = await validateFacturxXmls([
      { name: "official example", xml: example },
      {
        name: "grand total off by 10",
        xml: edit(example, "<ram:GrandTotalAmount>250.33<", "<ram:GrandTotalAmount>260.33<"),
      },
      {
        name: "unknown element",
        xml: edit(example, "<ram:GrandTotalAmount>", "<ram:Gratuity>5.00</ram:Gratuity><ram:GrandTotalAmount>"),
      },
      {
        name: "not a Factur-X profile",
        xml: edit(example, "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>", "<ram:ID>urn:example:not-a-profile</ram:ID>"),
      },
      { name: "not XML", xml: example.slice(0, 2000) },
    ]);
  }, FACTURX_VALIDATION_TIMEOUT);

  const findings = (name: string) => {
    const file = result[name];
    if (!file) throw new Error(`no result for ${name}`);
    return file;
  };
  const errorsFrom = (name: string, source: string) => findings(name).errors.filter((f) => f.source === source);

  it("passes the official example on the XSD, EN 16931 and Factur-X checks", () => {
    const { errors } = findings("official example");
    expect(errors.filter((finding) => finding.source !== "br-fr")).toEqual([]);
  });

  it("fails the official example on the French rules (a Belgian invoice: no seller SIREN)", () => {
    expect(errorIds(findings("official example"))).toContain("BR-FR-10_BT-30");
    expect(errorsFrom("official example", "br-fr").length).toBe(findings("official example").errors.length);
  });

  it("reports a wrong grand total as BR-CO-15 (EN 16931)", () => {
    expect(errorsFrom("grand total off by 10", "en16931").map((finding) => finding.id)).toContain("BR-CO-15");
    expect(errorsFrom("grand total off by 10", "xsd")).toEqual([]);
  });

  it("fails an unknown element on the XSD", () => {
    const xsd = errorsFrom("unknown element", "xsd");
    expect(xsd).toHaveLength(1);
    expect(xsd[0]?.text).toContain("Element 'ram:Gratuity': This element is not expected");
    expect(xsd[0]?.location).toMatch(/^line \d+$/);
  });

  it("fails a guideline id that is not a Factur-X profile on the Factur-X rules", () => {
    expect(errorsFrom("not a Factur-X profile", "facturx").map((finding) => finding.id)).toContain("FX-SCH-A-000026");
  });

  it("fails a file that is not XML once, on the XSD parse, without claiming the schematron checks ran", () => {
    const { errors } = findings("not XML");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((finding) => finding.source === "xsd")).toBe(true);
    expect(errors[0]?.text).toMatch(/parser error/);
  });

  it("keeps warnings apart from errors (Factur-X flags empty elements as a warning)", () => {
    const warnings = findings("official example").warnings;
    expect(warnings.map((finding) => [finding.source, finding.id])).toContainEqual(["facturx", "FX-SCH-A-000372"]);
  });

  it("formats the findings per file, with rule ids and short paths", () => {
    const text = formatFindings(result);
    expect(text).toContain("grand total off by 10: INVALID");
    expect(text).toContain("ERROR [en16931] BR-CO-15 at /rsm:CrossIndustryInvoice: [BR-CO-15]-Invoice total amount");
    expect(text).toContain(
      "ERROR [facturx] FX-SCH-A-000121 at /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction" +
        "/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation: [BR-CO-15]",
    );
  });
});

describeWithFacturxPdfTools("Factur-X PDF facts (poppler, qpdf, PDFBox Preflight)", () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:x">é</rsm:CrossIndustryInvoice>\n';
  let pdf: Buffer;
  let plainPdf: Buffer;
  let facts: PdfFacts;
  let preflight: PreflightFinding[];

  beforeAll(async () => {
    plainPdf = await renderToBuffer(
      createElement(
        Document,
        { conformance: "PDF/A-3b", title: "Facture F-1" },
        createElement(Page, { size: "A4" }, createElement(Text, null, "Facture F-1")),
      ),
    );
    pdf = await attachFacturxXml(plainPdf, xml);
    [facts, preflight] = await Promise.all([pdfFacts(pdf), pdfboxPreflight(pdf)]);
  }, FACTURX_VALIDATION_TIMEOUT);

  it("extracts the attached factur-x.xml, byte for byte", async () => {
    await expect(extractFacturxXml(pdf)).resolves.toBe(xml);
  });

  it("says so when a PDF has no factur-x.xml", async () => {
    await expect(extractFacturxXml(plainPdf)).rejects.toThrow(/No factur-x\.xml could be extracted/);
  });

  it("reads the structure: attachment with its relationship, /AF, output intent, XMP, Info", () => {
    expect(facts.qpdfCheckOk).toBe(true);
    expect(facts.pdfVersion).toBe("1.7");
    expect(facts.embeddedFiles).toEqual([{ name: "factur-x.xml", afRelationship: "Data", subtype: "text/xml" }]);
    expect(facts.catalogHasAF).toBe(true);
    expect(facts.outputIntents).toBe(1);
    expect(facts.xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(facts.info.Title).toBe("Facture F-1");
  });

  it("lists the fonts and whether they are embedded (react-pdf's built-in Helvetica is not)", () => {
    expect(facts.fonts).toContainEqual(expect.objectContaining({ name: "Helvetica", embedded: false }));
  });

  it("runs Preflight, whose PDF/A-1-only findings can be told apart", () => {
    const codes = (list: PreflightFinding[]) => list.map((finding) => finding.code);
    expect(codes(preflight.filter(isPdfA1OnlyFinding))).toEqual(expect.arrayContaining(["1.4.7", "7.11.2"]));
    // What does apply to PDF/A-3: the font that is not embedded.
    expect(codes(preflight.filter((finding) => !isPdfA1OnlyFinding(finding)))).toContain("3.1.3");
  });
});

interface QpdfJson {
  qpdf: [unknown, Record<string, { value: Record<string, unknown> }>];
  attachments: Record<string, { filespec: string }>;
}

/**
 * A test fixture standing in for the real Factur-X writer: the XML attached with qpdf, then, as
 * PDF/A-3 wants, the file specification marked /AFRelationship /Data and listed in the
 * catalog's /AF (through qpdf's JSON update, as qpdf has no option for either).
 */
async function attachFacturxXml(pdf: Buffer, xml: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "facturo-facturx-fixture-"));
  try {
    const [plain, xmlFile, attached, update, result] = [
      "plain.pdf",
      "factur-x.xml",
      "attached.pdf",
      "af.json",
      "af.pdf",
    ].map((name) => path.join(dir, name)) as [string, string, string, string, string];
    await writeFile(plain, pdf);
    await writeFile(xmlFile, xml);
    await run("qpdf", ["--add-attachment", xmlFile, "--mimetype=text/xml", "--", plain, attached]);
    const { stdout } = await run("qpdf", ["--json=2", "--json-key=qpdf", "--json-key=attachments", attached]);
    const json = JSON.parse(stdout) as QpdfJson;
    const objects = json.qpdf[1];
    const rootRef = String(objects.trailer?.value["/Root"]);
    const specRef = json.attachments["factur-x.xml"]?.filespec ?? "";
    const catalog = objects[`obj:${rootRef}`]?.value;
    const spec = objects[`obj:${specRef}`]?.value;
    const changed = {
      [`obj:${rootRef}`]: { value: { ...catalog, "/AF": [specRef] } },
      [`obj:${specRef}`]: { value: { ...spec, "/AFRelationship": "/Data" } },
    };
    await writeFile(update, JSON.stringify({ qpdf: [json.qpdf[0], changed] }));
    await run("qpdf", [`--update-from-json=${update}`, attached, result]);
    return await readFile(result);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
