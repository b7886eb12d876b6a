// Validation of Factur-X invoices with the official rule sets, for tests and
// scripts/facturx-validate.ts. Not for the app: it runs Java and command-line tools.
export {
  allValid,
  errorIds,
  formatFindings,
  shortXPath,
  type FileFindings,
  type Finding,
  type FindingSource,
  type ValidationResult,
} from "./findings";
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
} from "./pdf";
export { facturxPdfTools, facturxValidationTools, RULES_DIR_VARIABLE, rulesDir, type ToolCheck } from "./tools";
export { validateFacturxXmls, type XmlFile } from "./validate-xml";
