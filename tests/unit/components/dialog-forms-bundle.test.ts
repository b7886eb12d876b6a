/**
 * @jest-environment node
 */
import path from "node:path";
import { build, type Metafile } from "esbuild";

// The document page's and the public page's client components check their forms with the
// server's zod schemas. zod is 32 KB gzip (110 KB of script to parse) and was in those pages'
// first JavaScript although a check runs only when a form is submitted (a phone's Lighthouse
// score, issue 11): the checks are imported on demand (dialog-checks.ts, answer-checks.ts,
// useFormCheck).

const root = path.resolve(__dirname, "../../..");

/** What loading `entry` loads at once: its output chunk and the chunks it imports statically. */
async function firstLoad(entry: string): Promise<{ inputs: string[]; packages: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: "out",
    write: false,
    metafile: true,
    packages: "external",
    jsx: "automatic",
    logLevel: "silent",
  });
  const outputs: Metafile["outputs"] = result.metafile.outputs;
  const start = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === entry)!;
  const seen = new Set<string>();
  const inputs: string[] = [];
  const packages: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    inputs.push(...Object.keys(outputs[name]!.inputs));
    for (const imported of outputs[name]!.imports) {
      if (imported.kind !== "import-statement") continue;
      if (imported.external) packages.push(imported.path);
      else visit(imported.path);
    }
  };
  visit(start);
  return { inputs, packages };
}

it.each([
  "components/documents/document-actions.tsx",
  "components/documents/payments-panel.tsx",
  "components/documents/send-document-dialog.tsx",
  "components/share-links/quote-answer-form.tsx",
])("%s loads zod and its form schemas only on demand", async (entry) => {
  const { inputs, packages } = await firstLoad(entry);
  expect(inputs).toContain(entry);
  expect(packages).not.toContain("zod");
  expect(inputs.filter((input) => /schema\.ts$|dialog-checks\.ts$|exchange-rate\.ts$/.test(input))).toEqual([]);
});
