import { spawnSync } from "node:child_process";

// The PDF tests read real PDFs back with poppler (pdftotext, pdfinfo, pdffonts) and qpdf, Debian
// packages that .ci/run installs. On a developer machine without them those tests are skipped
// with a warning saying what to install, so `npm test` still runs everything else; in CI a
// missing tool is an error, never a silent skip.
const TOOLS = ["pdftotext", "pdfinfo", "pdffonts", "qpdf"] as const;

function missingTools(): string[] {
  return TOOLS.filter((tool) => spawnSync(tool, ["--version"], { stdio: "ignore" }).error !== undefined);
}

const missing = missingTools();
if (missing.length > 0) {
  const message = `PDF tools not found: ${missing.join(", ")} (apt-get install poppler-utils qpdf)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}: the tests that read PDFs back are skipped.`);
}

/** `it`, or `it.skip` when poppler/qpdf are missing outside CI. */
export const itWithPdfTools: jest.It = missing.length === 0 ? it : it.skip;
