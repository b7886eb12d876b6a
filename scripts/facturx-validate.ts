/**
 * `npm run facturx:validate -- <file.xml|file.pdf>...`: validates Factur-X invoices with the
 * official rule sets (XSD, EN 16931, Factur-X 1.09, BR-FR Flux 2; see lib/facturx/validation)
 * and prints every error and warning. A PDF is checked through its attached factur-x.xml.
 * Exit code: 0 when every file is valid, 1 when any has an error, 2 when it could not check.
 *
 * Options: --no-warnings (print errors only). The rule sets are read from
 * $FACTURX_VALIDATION_DIR, else ../shared/facturx-validation.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { allValid, formatFindings } from "@/lib/facturx/validation/findings";
import { extractFacturxXml } from "@/lib/facturx/validation/pdf";
import { facturxValidationTools } from "@/lib/facturx/validation/tools";
import { validateFacturxXmls, type XmlFile } from "@/lib/facturx/validation/validate-xml";

// npm runs scripts from the project root; INIT_CWD is where the user typed the command, which
// is what their relative paths mean.
const baseDir = process.env.INIT_CWD ?? process.cwd();

async function load(file: string): Promise<XmlFile> {
  const bytes = await readFile(path.resolve(baseDir, file));
  // XML goes through as bytes, so a file in another declared encoding is read as that encoding.
  const xml = file.toLowerCase().endsWith(".pdf") ? await extractFacturxXml(bytes) : bytes;
  return { name: file, xml };
}

async function main(args: string[]): Promise<number> {
  const showWarnings = !args.includes("--no-warnings");
  const files = args.filter((arg) => !arg.startsWith("--"));
  if (files.length === 0) {
    console.error("usage: npm run facturx:validate -- [--no-warnings] <invoice.xml|invoice.pdf>...");
    return 2;
  }
  const tools = facturxValidationTools();
  if (!tools.available) {
    console.error(`Cannot validate, missing: ${tools.missing.join("; ")}`);
    return 2;
  }
  const started = performance.now();
  const result = await validateFacturxXmls(await Promise.all(files.map(load)));
  console.log(formatFindings(result, { warnings: showWarnings }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${files.length} file(s) checked in ${seconds} s (XSD, EN 16931, Factur-X, BR-FR).`);
  return allValid(result) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
