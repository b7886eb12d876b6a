import { facturxPdfTools, facturxValidationTools, type ToolCheck } from "@/lib/facturx/validation/tools";

// Factur-X validation for tests: the official rule sets (XSD, EN 16931, Factur-X, BR-FR) run by
// lib/facturx/validation with Java/Saxon and xmllint, and the PDF facts read with poppler, qpdf
// and PDFBox Preflight. Like pdf-tools.ts: .ci/run installs the Debian packages; on a developer
// machine without them (or without the rule-set folder) the tests that need them are skipped
// with a warning saying what to install, and in CI a missing piece is an error, never a skip.
//
// Usage: call validateFacturxXmls ONCE per test file with every XML it checks (each call costs
// ~3–4 s of Java start-up and stylesheet compiling, whatever the number of files):
//
//   describeWithFacturxValidation("Factur-X export", () => {
//     let result: ValidationResult;
//     beforeAll(async () => {
//       result = await validateFacturxXmls([{ name: "invoice", xml }, { name: "credit note", xml: other }]);
//     }, FACTURX_VALIDATION_TIMEOUT);
//     it("passes EN 16931", () => expect(result.invoice?.errors).toEqual([]));
//   });

export {
  allValid,
  errorIds,
  formatFindings,
  shortXPath,
  type FileFindings,
  type Finding,
  type FindingSource,
  type ValidationResult,
} from "@/lib/facturx/validation/findings";
export {
  extractFacturxXml,
  FACTURX_XML_NAME,
  isPdfA1OnlyFinding,
  pdfboxPreflight,
  pdfFacts,
  type EmbeddedFileFacts,
  type PdfFacts,
  type PdfFont,
  type PreflightFinding,
} from "@/lib/facturx/validation/pdf";
export { facturxPdfTools, facturxValidationTools, rulesDir } from "@/lib/facturx/validation/tools";
export { validateFacturxXmls, type XmlFile } from "@/lib/facturx/validation/validate-xml";

/** A timeout for a hook or test that runs the validation (jest's 5 s default is too short). */
export const FACTURX_VALIDATION_TIMEOUT = 60_000;

const checked = new Map<string, boolean>();

/** Checks once per test file; warns and returns false outside CI, throws in CI. */
function toolsReady(what: string, check: () => ToolCheck): boolean {
  const known = checked.get(what);
  if (known !== undefined) return known;
  const tools = check();
  checked.set(what, tools.available);
  if (!tools.available) {
    const message = `${what} not available, missing: ${tools.missing.join("; ")}`;
    if (process.env.CI) throw new Error(message);
    console.warn(`${message}. The tests that need it are skipped.`);
  }
  return tools.available;
}

const validationReady = () =>
  toolsReady("Factur-X validation (Java/Saxon, xmllint, rule sets)", facturxValidationTools);
const pdfToolsReady = () => toolsReady("Factur-X PDF tools (poppler, qpdf, PDFBox Preflight)", facturxPdfTools);

/** `describe`, or `describe.skip` when the XML validation chain is missing outside CI. */
export function describeWithFacturxValidation(name: string, fn: () => void): void {
  (validationReady() ? describe : describe.skip)(name, fn);
}

/** `describe`, or `describe.skip` when the PDF tools are missing outside CI. */
export function describeWithFacturxPdfTools(name: string, fn: () => void): void {
  (pdfToolsReady() ? describe : describe.skip)(name, fn);
}

/** `it` with a long enough timeout, or `it.skip` when the XML validation chain is missing outside CI. */
export function itWithFacturxValidation(name: string, fn: jest.ProvidesCallback, timeout = FACTURX_VALIDATION_TIMEOUT) {
  (validationReady() ? it : it.skip)(name, fn, timeout);
}

/** `it` with a long enough timeout, or `it.skip` when the PDF tools are missing outside CI. */
export function itWithFacturxPdfTools(name: string, fn: jest.ProvidesCallback, timeout = FACTURX_VALIDATION_TIMEOUT) {
  (pdfToolsReady() ? it : it.skip)(name, fn, timeout);
}
