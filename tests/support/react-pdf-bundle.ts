import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// @react-pdf/renderer and its dependencies are ES modules only, and a project whose package.json
// says "type": "module" makes jest treat them as ESM, which its CommonJS test modules cannot
// require (and the integration project's --experimental-vm-modules flag is needed for PGlite).
// So tests load one CommonJS bundle of it, built here with esbuild (already installed by tsx)
// before the tests run, and mapped by jest.config.mjs. The app itself loads the real package.

export const REACT_PDF_BUNDLE = path.resolve("node_modules/.cache/facturo/react-pdf.cjs");

export async function buildReactPdfBundle(): Promise<void> {
  const version = JSON.parse(readFileSync(path.resolve("node_modules/@react-pdf/renderer/package.json"), "utf8"))
    .version as string;
  const stamp = `${REACT_PDF_BUNDLE}.version`;
  if (existsSync(REACT_PDF_BUNDLE) && existsSync(stamp) && readFileSync(stamp, "utf8") === version) return;
  mkdirSync(path.dirname(REACT_PDF_BUNDLE), { recursive: true });
  const { build } = await import("esbuild");
  const temporary = `${REACT_PDF_BUNDLE}.${process.pid}.tmp`;
  await build({
    entryPoints: ["@react-pdf/renderer"],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: temporary,
    // One React for the tests and the renderer.
    external: ["react", "react-dom", "react/*"],
    // pdfkit finds its colour profile next to its own file through import.meta.url.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.resolve("node_modules/pdfkit/js/pdfkit.js")).href) },
    logLevel: "error",
  });
  renameSync(temporary, REACT_PDF_BUNDLE);
  writeFileSync(stamp, version);
}
