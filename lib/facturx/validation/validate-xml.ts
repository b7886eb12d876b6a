import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { emptyFindings, type FileFindings, type ValidationResult } from "./findings";
import { describeRun, runTool } from "./run-tool";
import { runSchematrons, type SchematronSource } from "./schematron";
import { facturxValidationTools, ruleFile } from "./tools";
import { parseXmllintOutput, type XmllintVerdict } from "./xmllint";

export interface XmlFile {
  /** How the file is named in the result and in messages (unique within a call). */
  name: string;
  /** The XML as text (written as UTF-8), or its bytes as they are (any declared encoding). */
  xml: string | Uint8Array;
}

const SCHEMATRON_SOURCES: readonly SchematronSource[] = ["en16931", "facturx", "br-fr"];

/**
 * Validates a batch of Factur-X CII XML files against the XSD (xmllint) and the three official
 * schematron sets (EN 16931 CII, Factur-X 1.09 EN16931, French BR-FR Flux 2), and returns each
 * file's errors and warnings.
 *
 * The Java start and the stylesheet compiling cost seconds whatever the number of files, so
 * one Saxon run checks the whole batch against the three sets, alongside xmllint: call this
 * once with every file a test needs, not once per file.
 */
export async function validateFacturxXmls(files: readonly XmlFile[]): Promise<ValidationResult> {
  assertUsable(files);
  if (files.length === 0) return {};
  const work = await mkdtemp(path.join(tmpdir(), "facturo-facturx-"));
  try {
    const inputDir = path.join(work, "in");
    await mkdir(inputDir);
    // Our own file names: the callers' names may hold anything, Saxon and xmllint want paths.
    const fileNames = files.map((_, index) => `invoice-${String(index + 1).padStart(4, "0")}.xml`);
    await Promise.all(files.map((file, index) => writeFile(path.join(inputDir, fileNames[index] ?? ""), file.xml)));

    const [xsd, schematron] = await Promise.all([
      runXsd(inputDir, fileNames),
      runSchematrons(inputDir, work, fileNames),
    ]);
    return Object.fromEntries(
      files.map((file, index) => {
        const fileName = fileNames[index] ?? "";
        const verdict = xsd.get(fileName) ?? { errors: [], warnings: [], wellFormed: true, judged: false };
        const reports = SCHEMATRON_SOURCES.map((source) => schematron(source, fileName, verdict.wellFormed));
        return [file.name, mergeFindings(verdict, reports)];
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function assertUsable(files: readonly XmlFile[]): void {
  const tools = facturxValidationTools();
  if (!tools.available) throw new Error(`Factur-X validation cannot run, missing: ${tools.missing.join("; ")}`);
  const names = files.map((file) => file.name);
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length > 0) throw new Error(`validateFacturxXmls: file names must be unique (${repeated.join(", ")})`);
}

function mergeFindings(xsd: XmllintVerdict, schematron: FileFindings[]): FileFindings {
  const merged = emptyFindings();
  merged.errors.push(...xsd.errors);
  merged.warnings.push(...xsd.warnings);
  if (!xsd.judged) {
    // Never a silent pass: a check that did not run must not read as a check passed.
    merged.errors.push({ source: "xsd", id: null, location: null, text: "not checked: xmllint said nothing" });
  }
  for (const findings of schematron) {
    merged.errors.push(...findings.errors);
    merged.warnings.push(...findings.warnings);
  }
  return merged;
}

async function runXsd(inputDir: string, fileNames: readonly string[]): Promise<Map<string, XmllintVerdict>> {
  const run = await runTool("xmllint", ["--noout", "--schema", ruleFile("xsd"), ...fileNames], { cwd: inputDir });
  // 0: all valid; 1: some file unreadable as XML; 3/4: some file invalid. 5 is a schema that
  // does not compile, anything else a crash: the tool failed, not the invoices.
  if (run.code === null || ![0, 1, 3, 4].includes(run.code)) throw new Error(describeRun("xmllint", run));
  return parseXmllintOutput(`${run.stderr}\n${run.stdout.toString("utf8")}`, fileNames);
}
