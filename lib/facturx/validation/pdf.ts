import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeRun, runTool } from "./run-tool";
import { decodeXmlEntities } from "./svrl";
import { JVM_OPTIONS, PREFLIGHT_JARS } from "./tools";

// Facts about a Factur-X PDF (PDF/A-3 with the CII XML attached), read with the tools Debian
// has: poppler (pdfdetach, pdffonts), qpdf, and PDFBox Preflight. None of them is a PDF/A-3
// validator (veraPDF does not install here): these are the facts a test can assert on.

/** The name Factur-X requires for the attached XML. */
export const FACTURX_XML_NAME = "factur-x.xml";

/** Runs `work` on the bytes saved as a PDF in a fresh temporary folder, removed afterwards. */
async function withPdfFile<T>(pdfBytes: Uint8Array, work: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "facturo-facturx-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    await writeFile(file, pdfBytes);
    return await work(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The attached factur-x.xml of a PDF, as text; throws (naming what is attached) when absent. */
export function extractFacturxXml(pdfBytes: Uint8Array): Promise<string> {
  return withPdfFile(pdfBytes, async (file, dir) => {
    const output = path.join(dir, FACTURX_XML_NAME);
    const run = await runTool("pdfdetach", ["-savefile", FACTURX_XML_NAME, "-o", output, file]);
    if (run.code === 0) return readFile(output, "utf8");
    const list = await runTool("pdfdetach", ["-list", file]);
    const attached = list.code === 0 ? list.stdout.toString("utf8").trim() : "(pdfdetach -list failed too)";
    throw new Error(`No ${FACTURX_XML_NAME} could be extracted (${describeRun("pdfdetach", run)}). ${attached}`);
  });
}

export interface PdfFont {
  name: string;
  /** pdffonts' type column: "TrueType", "CID TrueType", "Type 1"… */
  type: string;
  embedded: boolean;
}

export interface EmbeddedFileFacts {
  name: string;
  /** The file specification's /AFRelationship without its slash ("Data", "Alternative"…). */
  afRelationship: string | null;
  /** The embedded stream's /Subtype as a MIME type ("text/xml"). */
  subtype: string | null;
}

export interface PdfFacts {
  /** `qpdf --check` exited 0 (no errors, no warnings). */
  qpdfCheckOk: boolean;
  /** What `qpdf --check` printed, to show when qpdfCheckOk is false. */
  qpdfCheckOutput: string;
  /** The header's version, as qpdf reads it ("1.7"). */
  pdfVersion: string;
  fonts: PdfFont[];
  /** The catalog's /Metadata stream, decoded, as UTF-8 text; null when the catalog has none. */
  xmp: string | null;
  embeddedFiles: EmbeddedFileFacts[];
  catalogHasAF: boolean;
  /** How many entries the catalog's /OutputIntents array has. */
  outputIntents: number;
  /** The trailer's /Info dictionary, strings decoded, keys without their slash ("Title"). */
  info: Record<string, string>;
}

/** Structure, fonts, XMP, attachments and Info of a PDF, from qpdf and pdffonts. */
export function pdfFacts(pdfBytes: Uint8Array): Promise<PdfFacts> {
  return withPdfFile(pdfBytes, async (file) => {
    const [check, json, fonts] = await Promise.all([
      runTool("qpdf", ["--check", file]),
      runTool("qpdf", ["--json=2", "--json-key=qpdf", "--json-key=attachments", "--json-stream-data=none", file]),
      runTool("pdffonts", [file]),
    ]);
    // qpdf exits 3 when it recovered from damage with warnings: its JSON is still the document.
    if (json.code !== 0 && json.code !== 3) throw new Error(describeRun("qpdf --json", json));
    if (fonts.code !== 0) throw new Error(describeRun("pdffonts", fonts));
    const document = readQpdfJson(json.stdout.toString("utf8"));
    const catalog = document.dictionary(document.trailer["/Root"]);
    return {
      qpdfCheckOk: check.code === 0,
      qpdfCheckOutput: `${check.stdout.toString("utf8")}${check.stderr}`.trim(),
      pdfVersion: document.pdfVersion,
      fonts: parsePdffonts(fonts.stdout.toString("utf8")),
      xmp: await readStream(file, catalog["/Metadata"]),
      embeddedFiles: document.embeddedFiles(),
      catalogHasAF: catalog["/AF"] !== undefined && catalog["/AF"] !== null,
      outputIntents: document.array(catalog["/OutputIntents"]).length,
      info: decodeInfo(document, document.dictionary(document.trailer["/Info"])),
    };
  });
}

type Dictionary = Record<string, unknown>;

function asDictionary(value: unknown): Dictionary {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Dictionary) : {};
}

const REFERENCE = /^(\d+) (\d+) R$/;

/**
 * qpdf's JSON version 2: every object under "obj:N G R" as {value} or {stream: {dict}}, the
 * trailer under "trailer", references as "N G R", names as "/Name", strings as "u:text" (text)
 * or "b:hex" (bytes), and an "attachments" summary of the embedded files name tree.
 */
function readQpdfJson(text: string) {
  const root = asDictionary(JSON.parse(text));
  const parts = Array.isArray(root.qpdf) ? root.qpdf : [];
  const header = asDictionary(parts[0]);
  const objects = asDictionary(parts[1]);
  const attachments = asDictionary(root.attachments);

  /** An object's value (a stream's dictionary for a stream), following a reference. */
  const resolve = (value: unknown): unknown => {
    if (typeof value !== "string" || !REFERENCE.test(value)) return value;
    const object = asDictionary(objects[`obj:${value}`]);
    return object.value ?? asDictionary(object.stream).dict ?? null;
  };

  const embeddedFiles = (): EmbeddedFileFacts[] =>
    Object.entries(attachments).map(([key, entry]) => {
      const attachment = asDictionary(entry);
      const spec = asDictionary(resolve(attachment.filespec));
      const streams = asDictionary(attachment.streams);
      const stream = asDictionary(streams["/UF"] ?? streams["/F"]);
      return {
        name: typeof attachment.preferredname === "string" ? attachment.preferredname : key,
        afRelationship: typeof spec["/AFRelationship"] === "string" ? spec["/AFRelationship"].replace(/^\//, "") : null,
        subtype: typeof stream.mimetype === "string" ? stream.mimetype : null,
      };
    });

  return {
    pdfVersion: typeof header.pdfversion === "string" ? header.pdfversion : "",
    trailer: asDictionary(asDictionary(objects.trailer).value),
    resolve,
    dictionary: (value: unknown) => asDictionary(resolve(value)),
    array: (value: unknown): unknown[] => {
      const resolved = resolve(value);
      return Array.isArray(resolved) ? resolved : [];
    },
    embeddedFiles,
  };
}

/** A qpdf JSON string value as text: "u:" is already text, "b:" is hex (UTF-16BE with a BOM, else PDFDocEncoding ≈ Latin-1). */
function decodePdfString(value: unknown): string {
  if (typeof value !== "string") return JSON.stringify(value);
  if (value.startsWith("u:")) return value.slice(2);
  if (!value.startsWith("b:")) return value.replace(/^\//, "");
  const bytes = Buffer.from(value.slice(2), "hex");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const evenLength = (bytes.length - 2) & ~1; // swap16 throws on an odd length
    return Buffer.from(bytes.subarray(2, 2 + evenLength))
      .swap16()
      .toString("utf16le");
  }
  return bytes.toString("latin1");
}

function decodeInfo(document: ReturnType<typeof readQpdfJson>, info: Dictionary): Record<string, string> {
  return Object.fromEntries(
    Object.entries(info).map(([key, value]) => [key.replace(/^\//, ""), decodePdfString(document.resolve(value))]),
  );
}

/** A stream's decoded bytes as UTF-8 (the XMP), through `qpdf --show-object --filtered-stream-data`. */
async function readStream(file: string, reference: unknown): Promise<string | null> {
  const match = typeof reference === "string" ? reference.match(REFERENCE) : null;
  if (!match) return null;
  const run = await runTool("qpdf", [`--show-object=${match[1]},${match[2]}`, "--filtered-stream-data", file]);
  if (run.code !== 0 && run.code !== 3) throw new Error(describeRun("qpdf --show-object", run));
  return run.stdout.toString("utf8");
}

// A pdffonts row ends with "emb sub uni" (yes/no each) and the object id "N G"; the name, type
// and encoding columns before them are fixed-width (36, 17, 16) unless a name overflows its column.
const FONT_ROW = /^(.*?)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+(\d+)\s+(\d+)\s*$/;

export function parsePdffonts(output: string): PdfFont[] {
  const lines = output.split("\n");
  const dashes = lines.findIndex((line) => line.startsWith("-----"));
  return lines.slice(dashes + 1).flatMap((line) => {
    const row = line.match(FONT_ROW);
    if (dashes < 0 || !row) return [];
    const left = row[1] ?? "";
    const nameEnd = left.length > 36 && left[36] === " " ? 36 : left.indexOf(" ");
    const name = (nameEnd < 0 ? left : left.slice(0, nameEnd)).trim();
    // The encoding is one word; the type ("Type 1", "CID TrueType") is what lies between.
    const type = left
      .slice(name.length)
      .trim()
      .replace(/\s+\S+$/, "");
    return [{ name, type, embedded: row[2] === "yes" }];
  });
}

export interface PreflightFinding {
  /** PDFBox Preflight's error code ("3.1.3", "7.11.2"…; see PreflightConstants). */
  code: string;
  text: string;
  /** The 1-based page it was found on, when Preflight says. */
  page: number | null;
  /** How many times Preflight found it. */
  count: number;
}

const PREFLIGHT_ERROR =
  /<error count="(\d+)">\s*<code>([^<]*)<\/code>\s*<details>([\s\S]*?)<\/details>\s*(?:<page>(\d+)<\/page>\s*)?<\/error>/g;

/**
 * PDFBox Preflight's findings on a PDF (Debian libpdfbox2-java, Validator_A1b). It checks
 * PDF/A-1b only: filter its findings with isPdfA1OnlyFinding before asserting on a PDF/A-3 file.
 * An empty array means Preflight found nothing.
 */
export function pdfboxPreflight(pdfBytes: Uint8Array): Promise<PreflightFinding[]> {
  return withPdfFile(pdfBytes, async (file) => {
    const classpath = Object.keys(PREFLIGHT_JARS).join(":");
    const run = await runTool("java", [
      ...JVM_OPTIONS,
      "-cp",
      classpath,
      "org.apache.pdfbox.preflight.Validator_A1b",
      "xml",
      file,
    ]);
    // In xml mode it always exits 0 and reports in XML, including its own crashes.
    const xml = run.stdout.toString("utf8");
    const crash = xml.match(/<exceptionThrown>\s*<message>([\s\S]*?)<\/message>/);
    if (crash) throw new Error(`PDFBox Preflight failed: ${decodeXmlEntities(crash[1] ?? "")}`);
    if (run.code !== 0 || !xml.includes("<preflight")) throw new Error(describeRun("PDFBox Preflight", run));
    return [...xml.matchAll(PREFLIGHT_ERROR)].map((match) => ({
      code: match[2] ?? "",
      text: decodeXmlEntities(match[3] ?? "")
        .replace(/\s+/g, " ")
        .trim(),
      page: match[4] === undefined ? null : Number(match[4]) + 1,
      count: Number(match[1]),
    }));
  });
}

// Preflight codes that are PDF/A-1 rules PDF/A-3 dropped (ISO 19005-3 allows embedded files,
// cross-reference streams, part 3, and no longer requires CIDSet), as its README and
// org.apache.pdfbox.preflight.PreflightConstants name them.
const PDFA1_ONLY_CODES = new Set([
  "1.2.9", // ERROR_SYNTAX_EMBEDDED_FILES: EmbeddedFile entry in a file specification
  "1.4.7", // ERROR_SYNTAX_TRAILER_CATALOG_EMBEDDEDFILES: EmbeddedFiles in the Names dictionary
  "7.11.2", // ERROR_METADATA_INVALID_PDFA_VERSION_ID: pdfaid:part must be 1
  "3.1.11", // ERROR_FONTS_CIDSET_MISSING_FOR_SUBSET
]);

/** True for a Preflight finding that is a PDF/A-1-only rule, not applicable to PDF/A-3. */
export function isPdfA1OnlyFinding(finding: PreflightFinding): boolean {
  if (PDFA1_ONLY_CODES.has(finding.code)) return true;
  // Code 1.4 is any trailer error; only the cross-reference stream one is PDF/A-1-only.
  return finding.code === "1.4" && /\/XRef cross reference streams are not allowed/.test(finding.text);
}
