/** @jest-environment node */
import { inflateSync } from "node:zlib";
import { embedFacturx, facturxXmp, pdfDateString, pdfTextString, type FacturxMeta } from "@/lib/facturx/embed-facturx";

// The pure parts of the Factur-X container: the XMP packet, PDF strings and dates, and the
// incremental update written after a small hand-made PDF (the real renderer's output is
// checked with qpdf, poppler and PDFBox in tests/integration/pdf/facturx-pdf.test.ts).

const meta: FacturxMeta = {
  title: "Facture N° F-2026-00001",
  author: "Dupont & Fils <SARL>",
  subject: 'Facture "F-2026-00001" — 1 200,00 €',
  createdAt: new Date("2026-12-07T09:30:15.987Z"),
};

/** Tags open and close in order (a cheap well-formedness check: no XML parser in Node). */
function balanced(xml: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

const between = (xml: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? null;

describe("facturxXmp", () => {
  const xmp = facturxXmp(meta);

  it("is an xpacket with the PDF/A-3b identification and the Factur-X properties", () => {
    expect(xmp.startsWith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xmp.endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(balanced(xmp)).toBe(true);
    expect(between(xmp, "pdfaid:part")).toBe("3");
    expect(between(xmp, "pdfaid:conformance")).toBe("B");
    expect(xmp).toContain('xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"');
    expect(between(xmp, "fx:DocumentType")).toBe("INVOICE");
    expect(between(xmp, "fx:DocumentFileName")).toBe("factur-x.xml");
    expect(between(xmp, "fx:Version")).toBe("1.0");
    expect(between(xmp, "fx:ConformanceLevel")).toBe("EN 16931");
  });

  it("declares the fx properties in a PDF/A extension schema", () => {
    expect(between(xmp, "pdfaSchema:namespaceURI")).toBe("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#");
    expect(between(xmp, "pdfaSchema:prefix")).toBe("fx");
    const properties = [...xmp.matchAll(/<pdfaProperty:name>(\w+)<\/pdfaProperty:name>/g)].map((m) => m[1]);
    expect(properties).toEqual(["DocumentFileName", "DocumentType", "Version", "ConformanceLevel"]);
    expect(xmp.match(/<pdfaProperty:valueType>Text<\/pdfaProperty:valueType>/g)).toHaveLength(4);
    expect(xmp.match(/<pdfaProperty:category>external<\/pdfaProperty:category>/g)).toHaveLength(4);
  });

  it("escapes the document's values and dates them to the second, in UTC", () => {
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Facture N° F-2026-00001</rdf:li>');
    expect(xmp).toContain("<rdf:li>Dupont &amp; Fils &lt;SARL&gt;</rdf:li>");
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Facture &quot;F-2026-00001&quot; — 1 200,00 €</rdf:li>');
    expect(between(xmp, "xmp:CreateDate")).toBe("2026-12-07T09:30:15Z");
    expect(between(xmp, "xmp:ModifyDate")).toBe("2026-12-07T09:30:15Z");
    expect(between(xmp, "xmp:CreatorTool")).toBe("Facturo");
    expect(between(xmp, "pdf:Producer")).toBe("Facturo");
  });

  it("has no dc:description without a subject, and no control characters", () => {
    const bare = facturxXmp({ ...meta, subject: undefined, title: "Facture\nN°\u0000 1" });
    expect(bare).not.toContain("dc:description");
    expect(bare).toContain('<rdf:li xml:lang="x-default">Facture N°  1</rdf:li>');
    expect(balanced(bare)).toBe(true);
  });
});

describe("PDF strings and dates", () => {
  it("writes ASCII as a literal string, anything else as UTF-16BE with a byte order mark", () => {
    expect(pdfTextString("Facturo")).toBe("(Facturo)");
    expect(pdfTextString("a (b) \\ c")).toBe("(a \\(b\\) \\\\ c)");
    expect(pdfTextString("N° €")).toBe("<FEFF004E00B0002020AC>");
  });

  it("writes a date in UTC", () => {
    expect(pdfDateString(new Date("2026-01-02T03:04:05.600Z"))).toBe("(D:20260102030405Z)");
  });
});

// --- The incremental update on a hand-made PDF --------------------------------------------

/** What a PDF/A render has and embedFacturx asks for (inline here: the test reads no profile). */
const INTENTS =
  "/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) >>]";

/** A minimal PDF with a classic cross-reference table; `catalog` is object 1's dictionary. */
function tinyPdf(
  catalog = `<< /Type /Catalog /Pages 2 0 R /Names 3 0 R /Lang (fr) ${INTENTS} >>`,
  xrefStream = false,
): Buffer {
  const objects = [
    catalog,
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    "<< /Dests << /Names [] >> >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    "<< /Producer (x) >>",
  ];
  let text = "%PDF-1.7\n%\xff\xff\xff\xff\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  if (xrefStream) {
    text += "6 0 obj\n<< /Type /XRef /Size 7 /Root 1 0 R >>\nstream\n\nendstream\nendobj\n";
  } else {
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) text += `${String(offset).padStart(10, "0")} 00000 n \n`;
    text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n`;
  }
  text += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, "latin1");
}

/** The objects of the last revision: number → text between "obj" and "endobj". */
function lastRevision(pdf: Buffer) {
  const text = pdf.toString("latin1");
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const section = text.slice(startxref);
  const objects = new Map<number, string>();
  for (const [, first, count, rows] of section.matchAll(/(\d+) (\d+)\n((?:\d{10} \d{5} [nf] \n)+)/g)) {
    rows!
      .trim()
      .split("\n")
      .forEach((row, index) => {
        if (!row.trim().endsWith("n")) return;
        const offset = Number(row.slice(0, 10));
        const number = Number(first) + index;
        expect(text.startsWith(`${number} 0 obj\n`, offset)).toBe(true);
        objects.set(number, text.slice(offset, text.indexOf("\nendobj", offset)));
      });
    expect(rows!.trim().split("\n")).toHaveLength(Number(count));
  }
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(section)![1]!;
  return { startxref, objects, trailer };
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice>é€</rsm:CrossIndustryInvoice>\n';

describe("embedFacturx: the incremental update", () => {
  it("keeps the original bytes and appends one revision pointing back to them", async () => {
    const original = tinyPdf();
    const out = await embedFacturx(original, XML, meta);
    expect(out.subarray(0, original.length).equals(original)).toBe(true);
    expect(out.toString("latin1").endsWith("%%EOF\n")).toBe(true);

    const { objects, trailer } = lastRevision(out);
    const originalXref = Number(/startxref\n(\d+)/.exec(original.toString("latin1"))![1]);
    expect(trailer).toContain(`/Prev ${originalXref}`);
    expect(trailer).toContain("/Root 1 0 R");
    expect(trailer).toContain("/Info 5 0 R");
    expect(trailer).toContain("/Size 9"); // 6 objects before, 3 new (file, spec, XMP)
    // The permanent half of the ID stays; the revision's half is new.
    expect(trailer).toMatch(/\/ID \[<0123456789abcdef0123456789abcdef> <(?!0123456789abcdef)[0-9a-f]{32}>\]/);
    // Replaced: catalog (1), names (3), Info (5); new: embedded file, file spec, XMP.
    expect([...objects.keys()].sort((a, b) => a - b)).toEqual([1, 3, 5, 6, 7, 8]);

    const catalog = objects.get(1)!;
    expect(catalog).toContain("/Pages 2 0 R");
    expect(catalog).toContain("/Lang (fr)");
    expect(catalog).toContain("/Metadata 8 0 R");
    expect(catalog).toContain("/AF [7 0 R]");
    expect(objects.get(3)).toContain("/Dests << /Names [] >>");
    expect(objects.get(3)).toContain("/EmbeddedFiles <<\n/Names [(factur-x.xml) 7 0 R]");
    expect(objects.get(7)).toContain("/AFRelationship /Alternative");
    expect(objects.get(7)).toContain("/F (factur-x.xml)");
    expect(objects.get(7)).toContain("/UF (factur-x.xml)");
    expect(objects.get(5)).toContain("/Author (Dupont & Fils <SARL>)");
    expect(objects.get(5)).toContain("/CreationDate (D:20261207093015Z)");
    expect(objects.get(5)).toContain("/ModDate (D:20261207093015Z)");
  });

  it("writes the XML compressed, with its exact length, size, dates and MIME type", async () => {
    const original = tinyPdf();
    const out = await embedFacturx(original, XML, meta);
    const { objects } = lastRevision(out);
    const file = objects.get(6)!;
    expect(file).toContain("/Subtype /text#2Fxml");
    expect(file).toContain(`/Size ${Buffer.byteLength(XML)}`);
    expect(file).toContain("/ModDate (D:20261207093015Z)");
    expect(file).toContain("/Filter /FlateDecode");
    const length = Number(/\/Length (\d+)/.exec(file)![1]);
    const data = out.subarray(out.indexOf("stream\n", out.indexOf("6 0 obj\n", original.length)) + 7);
    expect(data.subarray(length, length + 10).toString("latin1")).toBe("\nendstream");
    expect(inflateSync(data.subarray(0, length)).toString("utf8")).toBe(XML);

    const xmp = objects.get(8)!;
    expect(xmp).not.toContain("/Filter");
    expect(xmp).toContain("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>");
  });

  it("is deterministic", async () => {
    const a = await embedFacturx(tinyPdf(), XML, meta);
    const b = await embedFacturx(tinyPdf(), XML, { ...meta, createdAt: new Date(meta.createdAt) });
    expect(a.equals(b)).toBe(true);
  });

  it("adds a names dictionary to a catalog without one, or extends an inline one", async () => {
    const none = lastRevision(await embedFacturx(tinyPdf(`<< /Type /Catalog /Pages 2 0 R ${INTENTS} >>`), XML, meta));
    expect(none.objects.get(1)).toContain("/Names <<\n/EmbeddedFiles <<\n/Names [(factur-x.xml) 7 0 R]");
    const inline = lastRevision(
      await embedFacturx(tinyPdf(`<< /Type /Catalog /Pages 2 0 R /Names << /Dests 4 0 R >> ${INTENTS} >>`), XML, meta),
    );
    expect(inline.objects.get(1)).toMatch(/\/Names <<\n\/Dests 4 0 R\n\/EmbeddedFiles <</);
  });

  it("refuses what it does not know how to update", async () => {
    await expect(embedFacturx(tinyPdf(undefined, true), XML, meta)).rejects.toThrow(/cross-reference streams/);
    await expect(
      embedFacturx(tinyPdf(`<< /Type /Catalog /Pages 2 0 R /AF [4 0 R] ${INTENTS} >>`), XML, meta),
    ).rejects.toThrow(/already has associated files/);
    await expect(embedFacturx(Buffer.from("hello"), XML, meta)).rejects.toThrow(/not a PDF/);
    // A plain (not PDF/A) render: no output intent.
    await expect(embedFacturx(tinyPdf("<< /Type /Catalog /Pages 2 0 R >>"), XML, meta)).rejects.toThrow(
      /no output intent/,
    );
    await expect(embedFacturx(tinyPdf(), XML, { ...meta, createdAt: new Date("nope") })).rejects.toThrow(
      /invalid createdAt/,
    );
  });
});
