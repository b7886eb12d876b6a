import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { renderDocumentPdf } from "@/lib/pdf/render-document-pdf";
import { createTextMeasure, type TextMeasure } from "@/lib/pdf/text-measure";
import { pdfLines, pdfModel } from "@/tests/support/pdf-model-fixture";
import { itWithPdfTools, tempPdfFiles } from "@/tests/support/pdf-tools";

// The page planner against the real renderer: documents of every shape are laid out as
// planned (no fallback), every line prints once, pages are numbered "n / N" with the true N;
// and when a plan is wrong the renderer notices and lets react-pdf paginate.

const run = promisify(execFile);
const pdfFile = tempPdfFiles("facturo-plan-");

async function pagesText(bytes: Buffer): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", await pdfFile(bytes), "-"], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.split("\f").filter((page) => page.trim() !== "");
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "prestation",
  "développement",
  "analyse",
  "réalisation",
  "recette",
  "lot",
  "de",
  "et",
  "à",
  "intégration",
  "maintenance",
  "FR7630006000011234567890189",
  "—",
  "n°",
  "œuvre",
];

function shapedModel(seed: number) {
  const next = random(seed);
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");
  const lineCount = 1 + Math.floor(next() * 90);
  return pdfModel({
    lines: pdfLines(lineCount, (index) => {
      const text = `L${index + 1}: ${words(Math.floor(next() * 40))}`;
      return next() < 0.1 ? `${text}\n${words(5)}` : text;
    }),
    showDiscountColumn: next() < 0.3,
    delivery: next() < 0.3 ? ["Entrepôt Nord", "12 rue des Docks", "59000 Lille"] : null,
    references: next() < 0.3 ? ["Bon de commande : PO-2026-118", "Devis d'origine : D-2026-00042"] : [],
    notes: next() < 0.4 ? words(20 + Math.floor(next() * 120)) : null,
    acceptanceBlock: next() < 0.3,
    draft: next() < 0.2,
  });
}

describe("page plan, rendered", () => {
  itWithPdfTools("lays out documents of every shape as planned: each line once, pages numbered n / N", async () => {
    for (let seed = 1; seed <= Number(process.env.PLAN_SEEDS ?? 16); seed += 1) {
      const model = shapedModel(seed);
      const rendered = await renderDocumentPdf(model);
      expect([seed, rendered.layout]).toEqual([seed, "planned"]);
      const pages = await pagesText(rendered.bytes);
      expect([seed, pages.length]).toEqual([seed, rendered.pageCount]);
      pages.forEach((text, index) => {
        expect(text).toContain(`Page ${index + 1} / ${pages.length}`);
        // The column headings head every page that has lines (a closing-only page has none).
        if (/L\d+:/.test(text)) expect(text).toContain("Désignation");
      });
      const all = pages.join("\n");
      for (let line = 1; line <= model.lines.length; line += 1) {
        expect([seed, line, all.split(`L${line}:`).length - 1]).toEqual([seed, line, 1]);
      }
      expect(pages.at(-1)).toContain("Total TTC");
    }
  });

  itWithPdfTools("when a plan is wrong (here: notes estimated at one line each), react-pdf paginates", async () => {
    // The table is drawn with the planner's own measure, so only the blocks react-pdf lays out
    // (header, closing) can be misjudged: a measure that counts every text as one line makes
    // long notes look short, and the last page overflows.
    const real = createTextMeasure();
    const optimistic: TextMeasure = { ...real, lineCount: () => 1 };
    const notes = Array.from(
      { length: 14 },
      (_, i) => `Note ${i + 1} : ${"livraison et installation sur site ".repeat(6)}`,
    ).join("\n");
    const model = pdfModel({ lines: pdfLines(14, (index) => `L${index + 1}: prestation de développement`), notes });
    const rendered = await renderDocumentPdf(model, { measure: optimistic });
    expect(rendered.layout).toBe("paginated");
    const pages = await pagesText(rendered.bytes);
    expect(pages.length).toBe(rendered.pageCount);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} / ${pages.length}`));
    const all = pages.join("\n");
    for (let line = 1; line <= 14; line += 1) expect(all.split(`L${line}:`).length - 1).toBe(1);
    expect(all).toContain("Note 14 :");
    // The same document with the real measure: planned, and the same number of pages.
    const planned = await renderDocumentPdf(model);
    expect(planned.layout).toBe("planned");
    expect(planned.pageCount).toBe(rendered.pageCount);
  });
});
