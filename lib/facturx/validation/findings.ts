/** Which check reported a finding. */
export type FindingSource = "xsd" | "en16931" | "facturx" | "br-fr";

export interface Finding {
  source: FindingSource;
  /** The rule's id (BR-CO-15, FX-SCH-A-000026, BR-FR-10_BT-30); null for XSD messages. */
  id: string | null;
  /** An XPath for schematron findings ("line 12" for XSD ones); null when unknown. */
  location: string | null;
  /** The rule's message, whitespace collapsed. */
  text: string;
}

export interface FileFindings {
  errors: Finding[];
  warnings: Finding[];
}

/** Findings per file, keyed by the name the caller gave each file. */
export type ValidationResult = Record<string, FileFindings>;

export function emptyFindings(): FileFindings {
  return { errors: [], warnings: [] };
}

/** The ids of a file's errors (null ids left out), for `expect(...).toContain("BR-CO-15")`. */
export function errorIds(findings: FileFindings): string[] {
  return findings.errors.flatMap((finding) => (finding.id ? [finding.id] : []));
}

/** True when no file of the result has an error (warnings do not count). */
export function allValid(result: ValidationResult): boolean {
  return Object.values(result).every((findings) => findings.errors.length === 0);
}

// The prefixes the CII rule sets themselves use, to turn the schematron's namespace-proof XPaths
// and xmllint's {uri}Name into something a person can read in a test failure.
const CII_PREFIXES: Readonly<Record<string, string>> = {
  "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100": "rsm",
  "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100": "ram",
  "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100": "udt",
  "urn:un:unece:uncefact:data:standard:QualifiedDataType:100": "qdt",
};

/**
 * `/*:CrossIndustryInvoice[namespace-uri()='urn:…:100'][1]/*:ExchangedDocument[…][1]` →
 * `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument`. Only positions other than [1] are kept.
 */
export function shortXPath(location: string): string {
  return location
    .replace(/\*:([\w.-]+)\[namespace-uri\(\)='([^']*)'\]/g, (_, name: string, uri: string) =>
      CII_PREFIXES[uri] ? `${CII_PREFIXES[uri]}:${name}` : name,
    )
    .replace(/\[1\]/g, "");
}

/** `{urn:…:ReusableAggregateBusinessInformationEntity:100}LineOne` → `ram:LineOne`. */
export function shortQNames(text: string): string {
  return text.replace(/\{([^}]*)\}([\w.-]+)/g, (whole, uri: string, name: string) =>
    CII_PREFIXES[uri] ? `${CII_PREFIXES[uri]}:${name}` : whole,
  );
}

/** Findings with the same rule and message (one per invoice line, say) are printed once. */
function formatGroup(kind: "ERROR" | "warning", group: Finding[]): string {
  const [first] = group;
  if (!first) return "";
  const id = first.id ? ` ${first.id}` : "";
  const at = first.location ? ` at ${shortXPath(first.location)}` : "";
  const more = group.length > 1 ? ` (and ${group.length - 1} more place(s))` : "";
  return `  ${kind} [${first.source}]${id}${at}${more}: ${first.text}`;
}

function formatFindingList(kind: "ERROR" | "warning", findings: Finding[]): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = JSON.stringify([finding.source, finding.id, finding.text]);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((group) => formatGroup(kind, group));
}

/**
 * A readable report for test output and the CLI: one header line per file, then its errors and
 * (unless `warnings: false`) its warnings, the same rule with the same message printed once.
 */
export function formatFindings(result: ValidationResult, options: { warnings?: boolean } = {}): string {
  const showWarnings = options.warnings ?? true;
  return Object.entries(result)
    .map(([name, { errors, warnings }]) => {
      const verdict = errors.length === 0 ? "valid" : "INVALID";
      const header = `${name}: ${verdict} (${errors.length} error(s), ${warnings.length} warning(s))`;
      const lines = [
        ...formatFindingList("ERROR", errors),
        ...(showWarnings ? formatFindingList("warning", warnings) : []),
      ];
      return [header, ...lines].join("\n");
    })
    .join("\n");
}
