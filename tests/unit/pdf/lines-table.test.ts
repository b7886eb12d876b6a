/** @jest-environment node */
import {
  drawLinesTable,
  measureLinesTable,
  tableColumns,
  tableHeadHeight,
  tableRowHeight,
} from "@/lib/pdf/lines-table";
import { CONTENT, SPACING } from "@/lib/pdf/pdf-metrics";
import { createTextMeasure } from "@/lib/pdf/text-measure";
import { pdfLines, pdfModel } from "@/tests/support/pdf-model-fixture";

const measure = createTextMeasure();
const long = "Prestation de développement sur mesure — analyse, réalisation, recette et mise en production du lot";

describe("lines table layout", () => {
  it("is exactly as tall as the planner's heights: top border, headings, each row", () => {
    const model = pdfModel({ lines: pdfLines(12, (i) => (i % 3 === 0 ? long : `Lot ${i}`)) });
    const table = measureLinesTable(model, measure);
    const drawing = drawLinesTable(table, 0, model.lines.length);
    const rows = model.lines.reduce((sum, _line, index) => sum + tableRowHeight(table, index), 0);
    expect(drawing.height).toBeCloseTo(SPACING.tableTopBorder + tableHeadHeight(table) + rows, 9);
    // A page's slice: its rows only, under the headings.
    const slice = drawLinesTable(table, 3, 6);
    const sliceRows = tableRowHeight(table, 3) + tableRowHeight(table, 4) + tableRowHeight(table, 5);
    expect(slice.height).toBeCloseTo(SPACING.tableTopBorder + tableHeadHeight(table) + sliceRows, 9);
    expect(slice.rules).toHaveLength(2 + 3);
    const bodyTexts = slice.texts.filter((text) => !text.bold).map((text) => text.text);
    expect(bodyTexts[0]).toMatch(/^Prestation de/); // line 3 (long description) opens the slice
    expect(bodyTexts).toContain("Lot 4");
    expect(bodyTexts).toContain("Lot 5");
    expect(bodyTexts).not.toContain("Lot 2");
    expect(bodyTexts).not.toContain("Lot 7");
  });

  it("spans the content width; the description takes what the fixed columns leave", () => {
    for (const showDiscountColumn of [false, true]) {
      const columns = tableColumns(pdfModel({ showDiscountColumn }));
      expect(columns.reduce((sum, column) => sum + column.width, 0)).toBeCloseTo(CONTENT.width, 9);
      expect(columns.map((column) => column.head)).toEqual(
        showDiscountColumn
          ? ["Désignation", "Qté", "Unité", "P.U. HT", "Remise", "TVA", "Total HT"]
          : ["Désignation", "Qté", "Unité", "P.U. HT", "TVA", "Total HT"],
      );
    }
  });

  it("right-aligns amounts on their column's inner edge and wraps descriptions inside theirs", () => {
    const model = pdfModel({ lines: pdfLines(1, () => long) });
    const drawing = drawLinesTable(measureLinesTable(model, measure), 0, model.lines.length);
    const columns = tableColumns(model);
    const totalRight = CONTENT.width - SPACING.cellPaddingH;
    const total = drawing.texts.find((text) => text.text === model.lines[0]!.total)!;
    expect(total.x + measure.width(total.text, { size: total.size })).toBeCloseTo(totalRight, 6);

    const descriptionLines = drawing.texts.filter((text) => !text.bold && text.x === SPACING.cellPaddingH);
    expect(descriptionLines.length).toBeGreaterThan(1);
    expect(descriptionLines.map((text) => text.text).join(" ")).toBe(long);
    for (const [index, text] of descriptionLines.entries()) {
      expect(measure.width(text.text, { size: text.size })).toBeLessThanOrEqual(
        columns[0]!.width - 2 * SPACING.cellPaddingH,
      );
      if (index > 0) expect(text.y - descriptionLines[index - 1]!.y).toBeCloseTo(measure.lineHeight(text.size), 9);
    }
  });

  it("draws the headings bold on a filled band, a rule under every row, and no empty cell", () => {
    // The discount column shows, and these lines have none: their empty cells draw nothing.
    const model = pdfModel({ lines: pdfLines(3), showDiscountColumn: true });
    const drawing = drawLinesTable(measureLinesTable(model, measure), 0, model.lines.length);
    expect(drawing.texts.filter((text) => text.bold).map((text) => text.text)).toEqual(
      tableColumns(model).map((column) => column.head),
    );
    expect(drawing.fills).toHaveLength(1);
    expect(drawing.rules).toHaveLength(2 + 3); // top, under the headings, under each row
    expect(drawing.texts.some((text) => text.text === "")).toBe(false);
    expect(drawing.texts.filter((text) => !text.bold)).toHaveLength(3 * 6); // 7 columns, discount empty
  });
});
