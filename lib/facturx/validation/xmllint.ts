import { shortQNames, type FileFindings } from "./findings";
import { collapseWhitespace } from "./svrl";

export interface XmllintVerdict extends FileFindings {
  /** False when the file is not even well-formed XML (no schematron can read it either). */
  wellFormed: boolean;
  /** True once xmllint said something about the file: "validates", "fails to validate", a problem. */
  judged: boolean;
}

// xmllint --noout --schema prints, for each file given (run from the folder holding them, so
// the names are bare): "<file>:<line>: <kind> : <message>" per problem, then "<file> validates"
// or "<file> fails to validate". A parser error is followed by two context lines (the source
// line and a caret) and, for that file, no verdict line.
const PROBLEM = /^(\S+):(\d+): (.*)$/;
const VERDICT = /^(\S+) (validates|fails to validate)$/;
const NOT_WELL_FORMED = /\b(?:parser|namespace) error :/;
// "namespace warning : xmlns: URI … is not absolute" and the like: reported, but not failures.
const WARNING = /^[\w :]*?\bwarning :/;

/** The XSD findings of each file, by the file name xmllint was given. */
export function parseXmllintOutput(output: string, fileNames: readonly string[]): Map<string, XmllintVerdict> {
  const verdicts = new Map<string, XmllintVerdict>(
    fileNames.map((name) => [name, { errors: [], warnings: [], wellFormed: true, judged: false }]),
  );
  for (const line of output.split("\n")) {
    const verdict = line.match(VERDICT);
    const verdictFor = verdict ? verdicts.get(verdict[1] ?? "") : undefined;
    if (verdictFor) {
      verdictFor.judged = true;
      continue;
    }
    const problem = line.match(PROBLEM);
    const problemFor = problem ? verdicts.get(problem[1] ?? "") : undefined;
    if (!problem || !problemFor) continue; // a parser error's context lines
    const message = problem[3] ?? "";
    problemFor.judged = true;
    if (NOT_WELL_FORMED.test(message)) problemFor.wellFormed = false;
    const finding = {
      source: "xsd" as const,
      id: null,
      location: `line ${problem[2]}`,
      text: shortQNames(collapseWhitespace(message)),
    };
    (WARNING.test(message) ? problemFor.warnings : problemFor.errors).push(finding);
  }
  return verdicts;
}
