import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

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

/**
 * A temporary folder for the PDFs a test file hands to poppler/qpdf, made before its tests and
 * removed after them; the function writes bytes to a new file there and returns its path.
 */
export function tempPdfFiles(prefix = "facturo-pdf-"): (bytes: Buffer) => Promise<string> {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return async (bytes) => {
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, bytes);
    return file;
  };
}
