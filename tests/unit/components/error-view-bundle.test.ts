/**
 * @jest-environment node
 */
import path from "node:path";
import { build } from "esbuild";

// The root error boundary (app/error.tsx → ErrorView) is part of every page's JavaScript: what
// it imports, every visitor downloads and parses (a phone's Lighthouse score, issue 11). It
// must take the error texts alone, never the whole message catalogue.

it("ErrorView bundles the error texts without the message catalogues", async () => {
  const root = path.resolve(__dirname, "../../..");
  const result = await build({
    entryPoints: [path.join(root, "components/error-view.tsx")],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    jsx: "automatic",
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toEqual(expect.arrayContaining(["lib/i18n/messages/errors-fr.ts", "lib/i18n/messages/errors-en.ts"]));
  expect(inputs.filter((input) => /lib\/i18n\/(messages\/(fr|en)\.ts|get-messages\.ts)$/.test(input))).toEqual([]);
  const bytes = result.outputFiles[0]!.contents.byteLength;
  expect(bytes).toBeLessThan(10_000);
});
