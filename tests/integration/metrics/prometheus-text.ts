// A small reader of Prometheus's text exposition format 0.0.4, strict enough to fail on what a
// Prometheus server would refuse: every sample belongs to a family declared by "# TYPE" before
// it, names and labels are well formed, values are numbers.

export type Sample = { name: string; labels: Record<string, string>; value: number };
export type Exposition = { types: Map<string, string>; samples: Sample[] };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const TYPES = new Set(["counter", "gauge", "histogram", "summary", "untyped"]);
// Sample names a family of each type may have (histograms and summaries expand into several).
const SUFFIXES: Record<string, string[]> = {
  counter: [""],
  gauge: [""],
  untyped: [""],
  histogram: ["_bucket", "_sum", "_count"],
  summary: ["", "_sum", "_count"],
};

export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  if (!text.endsWith("\n")) throw new Error("the exposition must end with a newline");
  for (const [index, line] of text.slice(0, -1).split("\n").entries()) {
    const where = `line ${index + 1} (${line})`;
    if (line === "") continue;
    if (line.startsWith("#")) {
      const [, keyword, name, rest] = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line) ?? [];
      if (!keyword || !name) continue;
      if (!NAME.test(name)) throw new Error(`bad metric name at ${where}`);
      if (keyword === "TYPE") {
        if (!TYPES.has(rest ?? "")) throw new Error(`unknown type at ${where}`);
        if (types.has(name)) throw new Error(`second TYPE for ${name} at ${where}`);
        types.set(name, rest ?? "");
      }
      continue;
    }
    const sample = parseSample(line, where);
    if (!familyOf(sample.name, types)) throw new Error(`sample without a TYPE declared before it at ${where}`);
    samples.push(sample);
  }
  return { types, samples };
}

function familyOf(sampleName: string, types: Map<string, string>): string | undefined {
  for (const [family, type] of types) {
    if (SUFFIXES[type]?.some((suffix) => sampleName === family + suffix)) return family;
  }
  return undefined;
}

function parseSample(line: string, where: string): Sample {
  const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)( -?\d+)?$/.exec(line);
  if (!match) throw new Error(`bad sample at ${where}`);
  const [, name = "", labelText, valueText = ""] = match;
  const value = parseValue(valueText);
  if (value === null) throw new Error(`bad value at ${where}`);
  return { name, labels: labelText ? parseLabels(labelText.slice(1, -1), where) : {}, value };
}

// Values are read as Go's strconv.ParseFloat reads them (Prometheus's parser): NaN and Inf in
// any case — prom-client writes "Nan" for an event-loop histogram not yet sampled.
function parseValue(text: string): number | null {
  if (/^\+?inf(inity)?$/i.test(text)) return Infinity;
  if (/^-inf(inity)?$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : null;
}

function parseLabels(text: string, where: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const pair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"(,|$)/y;
  let position = 0;
  while (position < text.length) {
    pair.lastIndex = position;
    const match = pair.exec(text);
    if (!match) throw new Error(`bad labels at ${where}`);
    const [, key = "", raw = ""] = match;
    if (key in labels) throw new Error(`label ${key} twice at ${where}`);
    labels[key] = raw.replace(/\\(["\\n])/g, (_, char: string) => (char === "n" ? "\n" : char));
    position = pair.lastIndex;
  }
  return labels;
}

/** The value of the one sample with this name and these labels (among possibly more labels). */
export function sampleValue(
  exposition: Exposition,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const found = exposition.samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}
