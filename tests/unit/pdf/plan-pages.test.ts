/** @jest-environment node */
import { CONTENT } from "@/lib/pdf/pdf-metrics";
import { tableColumns } from "@/lib/pdf/lines-table";
import { createHeightEstimator, PAGE_SAFETY_MARGIN, planPages, type PagePlan } from "@/lib/pdf/plan-pages";
import { createTextMeasure } from "@/lib/pdf/text-measure";
import { pdfLines, pdfModel } from "@/tests/support/pdf-model-fixture";

const measure = createTextMeasure();
const room = CONTENT.height - PAGE_SAFETY_MARGIN;

/** Every line on exactly one page, in order; header first only; closing last only. */
function expectWellFormed(plan: PagePlan[], lineCount: number) {
  let next = 0;
  plan.forEach((page, index) => {
    expect(page.lineStart).toBe(next);
    expect(page.lineEnd).toBeGreaterThanOrEqual(page.lineStart);
    next = page.lineEnd;
    expect(page.header).toBe(index === 0);
    expect(page.closing).toBe(index === plan.length - 1);
  });
  expect(next).toBe(lineCount);
}

describe("page plan", () => {
  it("puts a 10-line invoice on one page with its header and closing", () => {
    expect(planPages(pdfModel(), measure)).toEqual([{ header: true, lineStart: 0, lineEnd: 10, closing: true }]);
  });

  it("splits 200 lines into full pages, none over the room a page has", () => {
    const model = pdfModel({
      lines: pdfLines(200, (i) => `Prestation de développement, lot ${i + 1} — analyse, réalisation et recette`),
    });
    const plan = planPages(model, measure)!;
    expectWellFormed(plan, 200);
    expect(plan.length).toBeGreaterThan(5);
    const estimate = createHeightEstimator(model, measure);
    plan.forEach((page, index) => {
      const rows = Array.from({ length: page.lineEnd - page.lineStart }, (_, i) => estimate.row(page.lineStart + i));
      const used =
        (page.header ? estimate.header() : 0) +
        (rows.length > 0 ? estimate.tableHead() : 0) +
        rows.reduce((a, b) => a + b, 0) +
        (page.closing ? estimate.closing() : 0);
      expect(used).toBeLessThanOrEqual(room);
      // Full: the next line would not have fitted (every page but the last).
      if (index < plan.length - 1 && plan[index + 1]!.lineEnd > plan[index + 1]!.lineStart) {
        expect(used + estimate.row(page.lineEnd) - (page.closing ? estimate.closing() : 0)).toBeGreaterThan(room);
      }
    });
  });

  it("a row whose description wraps counts every one of its lines", () => {
    const model = pdfModel({ lines: pdfLines(2, (i) => (i === 0 ? "Court" : "Très longue désignation ".repeat(20))) });
    const estimate = createHeightEstimator(model, measure);
    const lineHeight = measure.lineHeight(8.5);
    expect(estimate.row(1) - estimate.row(0)).toBeGreaterThanOrEqual(3 * lineHeight);
  });

  it("moves the closing block to a page of its own when the last lines leave no room for it", () => {
    const model = pdfModel({ lines: pdfLines(40), notes: "Note de bas de document.\n".repeat(12) });
    const closing = createHeightEstimator(model, measure).closing();
    // Find a line count that fills the first page nearly to the bottom.
    let lines = 1;
    for (; lines < 100; lines += 1) {
      const plan = planPages(pdfModel({ ...model, lines: pdfLines(lines) }), measure)!;
      if (plan.length === 2) break;
    }
    const plan = planPages(pdfModel({ ...model, lines: pdfLines(lines) }), measure)!;
    expect(closing).toBeGreaterThan(0);
    expectWellFormed(plan, lines);
    expect(plan[1]).toEqual({ header: false, lineStart: lines, lineEnd: lines, closing: true });
  });

  it("gives up (react-pdf paginates) when the closing block alone is taller than a page", () => {
    expect(planPages(pdfModel({ notes: "Une ligne de notes.\n".repeat(120) }), measure)).toBeNull();
  });

  it("gives up when one line alone is taller than a page", () => {
    expect(planPages(pdfModel({ lines: pdfLines(1, () => "mot ".repeat(3000)) }), measure)).toBeNull();
  });

  it("accounts for the discount column: a narrower description wraps sooner", () => {
    // A description between the two column widths: one line without the discount column, two with.
    const withoutWidth = tableColumns(pdfModel())[0]!.width - 6;
    const withWidth = tableColumns(pdfModel({ showDiscountColumn: true }))[0]!.width - 6;
    let text = "Prestation";
    while (measure.width(`${text} lot`, { size: 8.5 }) < (withoutWidth + withWidth) / 2) text += " lot";
    const lines = pdfLines(1, () => text);
    const without = createHeightEstimator(pdfModel({ lines }), measure).row(0);
    const withDiscount = createHeightEstimator(pdfModel({ lines, showDiscountColumn: true }), measure).row(0);
    expect(withDiscount - without).toBeCloseTo(measure.lineHeight(8.5), 6);
  });
});
