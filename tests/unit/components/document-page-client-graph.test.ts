/**
 * @jest-environment node
 */
import path from "node:path";
import { build } from "esbuild";

// Next.js ships every client component that a route's server modules import, rendered or not.
// The document page took two text helpers from editor-page.tsx, which imports DocumentEditor:
// every quote, invoice and credit note page downloaded and parsed the whole editor and zod
// (Lighthouse mobile, issue 11). Its server graph must not reach the editor.

it("the document page's modules do not import the document editor", async () => {
  const root = path.resolve(__dirname, "../../..");
  const entry = "app/(app)/_documents/document-page.tsx";
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    platform: "node",
    format: "esm",
    jsx: "automatic",
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain(entry);
  expect(inputs).toContain("components/documents/document-actions.tsx");
  expect(inputs.filter((input) => /document-editor\.tsx$|editor-page\.tsx$/.test(input))).toEqual([]);
});
