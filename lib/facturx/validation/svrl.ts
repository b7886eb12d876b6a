import type { Finding, FileFindings, FindingSource } from "./findings";

// SVRL (the Schematron report) as Saxon writes it for the three official XSLTs: every
// <svrl:failed-assert> or <svrl:successful-report> is a finding, with its rule id, its flag and
// an XPath location as attributes and the message in <svrl:text>. The structure is flat and
// machine-written, so a small scanner is enough, and keeps the project free of an XML parser
// dependency used only by tests.
// Attributes are matched as quoted strings, so a ">" inside one (a test="a > b") cannot end the tag.
const FINDING =
  /<svrl:(failed-assert|successful-report)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(?:\/>|>([\s\S]*?)<\/svrl:\1>)/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const TEXT = /<svrl:text>([\s\S]*?)<\/svrl:text>/;

// Flags that do not fail an invoice. Everything else fails it: "fatal" (EN 16931, BR-FR), and
// no flag at all, which is how the Factur-X XSL marks its errors (it flags only 3 rules, as
// warnings) and how it reports elements the EN16931 profile does not allow
// (successful-report "... is marked as not used in the given context").
const NON_BLOCKING_FLAGS = new Set(["warning", "information", "info"]);

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity] ?? entity;
  });
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.set(match[1] ?? "", decodeXmlEntities(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

function messageOf(body: string | undefined): string {
  const text = body?.match(TEXT)?.[1] ?? "";
  // <svrl:text> may hold markup (e.g. <svrl:diagnostic-reference>): keep its words only.
  return collapseWhitespace(decodeXmlEntities(text.replace(/<[^>]*>/g, " ")));
}

/** The errors and warnings of one SVRL report. */
export function parseSvrl(svrl: string, source: FindingSource): FileFindings {
  const findings: FileFindings = { errors: [], warnings: [] };
  for (const match of svrl.matchAll(FINDING)) {
    const attributes = attributesOf(match[2] ?? "");
    const finding: Finding = {
      source,
      id: attributes.get("id") || null,
      location: attributes.get("location") || null,
      text: messageOf(match[3]),
    };
    const flag = attributes.get("flag")?.toLowerCase();
    (flag && NON_BLOCKING_FLAGS.has(flag) ? findings.warnings : findings.errors).push(finding);
  }
  return findings;
}
