import { COLUMN_WIDTH, CONTENT, FONT_SIZE, SPACING } from "./pdf-metrics";
import type { PdfLine, PdfModel } from "./pdf-model";
import type { TextMeasure } from "./text-measure";

// The lines table of a planned page, laid out here to the point and drawn as such (a react-pdf
// Canvas, see document-pdf-view.tsx): text wrapped by text-measure.ts, the same code that sizes
// the rows for the page planner, so the rows are exactly as tall as planned. Laying out a
// 200-line table as ~1,400 react-pdf nodes (yoga, text layout per cell) was most of a render;
// here each cell is a few positioned strings.

export const TABLE_COLORS = { ink: "#1f2937", rule: "#d1d5db", headFill: "#f3f4f6" };

export type TableText = { text: string; x: number; y: number; size: number; bold: boolean };
export type TableRule = { x1: number; y1: number; x2: number; y2: number; width: number };
export type TableFill = { x: number; y: number; width: number; height: number };
export type TableDrawing = { height: number; texts: TableText[]; rules: TableRule[]; fills: TableFill[] };

type Column = { width: number; align: "left" | "right"; head: string; value: (line: PdfLine) => string };

export function tableColumns(model: PdfModel): Column[] {
  const t = model.columns;
  const fixed: Column[] = [
    { width: COLUMN_WIDTH.quantity, align: "right", head: t.quantity, value: (line) => line.quantity },
    { width: COLUMN_WIDTH.unit, align: "left", head: t.unit, value: (line) => line.unit },
    { width: COLUMN_WIDTH.unitPrice, align: "right", head: t.unitPrice, value: (line) => line.unitPrice },
    ...(model.showDiscountColumn
      ? [
          {
            width: COLUMN_WIDTH.discount,
            align: "right" as const,
            head: t.discount,
            value: (line: PdfLine) => line.discount,
          },
        ]
      : []),
    { width: COLUMN_WIDTH.vat, align: "right", head: t.vat, value: (line) => line.vatRate },
    { width: COLUMN_WIDTH.total, align: "right", head: t.total, value: (line) => line.total },
  ];
  const description = CONTENT.width - fixed.reduce((sum, column) => sum + column.width, 0);
  return [{ width: description, align: "left", head: t.description, value: (line) => line.description }, ...fixed];
}

type Row = { cells: string[][]; height: number };

/** A row of cells: each cell's wrapped lines, and the row's height. */
function rowCells(
  columns: Column[],
  texts: string[],
  size: number,
  bold: boolean,
  padV: number,
  measure: TextMeasure,
): Row {
  const cells = columns.map((column, index) =>
    measure.wrap(texts[index] ?? "", column.width - 2 * SPACING.cellPaddingH, { size, bold }),
  );
  const lines = Math.max(...cells.map((cell) => cell.length));
  return { cells, height: 2 * padV + lines * measure.lineHeight(size) };
}

/** Every row of the table wrapped once: the planner reads its heights, the drawing its cells. */
export type MeasuredTable = { columns: Column[]; head: Row; rows: Row[]; measure: TextMeasure };

export function measureLinesTable(model: PdfModel, measure: TextMeasure): MeasuredTable {
  const columns = tableColumns(model);
  const head = rowCells(
    columns,
    columns.map((column) => column.head),
    FONT_SIZE.headCell,
    true,
    SPACING.headCellPaddingV,
    measure,
  );
  const rows = model.lines.map((line) =>
    rowCells(
      columns,
      columns.map((column) => column.value(line)),
      FONT_SIZE.body,
      false,
      SPACING.cellPaddingV,
      measure,
    ),
  );
  return { columns, head, rows, measure };
}

/** Height of the column headings row, its bottom border included. */
export function tableHeadHeight(table: MeasuredTable): number {
  return table.head.height + SPACING.headRowBorder;
}

/** Height of the row of line `index`, its bottom border included. */
export function tableRowHeight(table: MeasuredTable, index: number): number {
  return table.rows[index]!.height + SPACING.rowBorder;
}

/** The drawing of the table's rows [start, end), under its headings. */
export function drawLinesTable(table: MeasuredTable, start: number, end: number): TableDrawing {
  const { columns, measure } = table;
  const texts: TableText[] = [];
  const rules: TableRule[] = [];
  const fills: TableFill[] = [];
  const width = CONTENT.width;
  let y = 0;

  const rule = (at: number, thickness: number) => {
    rules.push({ x1: 0, y1: at + thickness / 2, x2: width, y2: at + thickness / 2, width: thickness });
  };
  const place = (cells: string[][], top: number, size: number, bold: boolean, padV: number) => {
    const lineHeight = measure.lineHeight(size);
    let x = 0;
    columns.forEach((column, index) => {
      cells[index]!.forEach((text, lineIndex) => {
        if (text === "") return;
        const left =
          column.align === "right"
            ? x + column.width - SPACING.cellPaddingH - measure.width(text, { size, bold })
            : x + SPACING.cellPaddingH;
        texts.push({ text, x: left, y: top + padV + lineIndex * lineHeight, size, bold });
      });
      x += column.width;
    });
  };

  rule(y, SPACING.tableTopBorder);
  y += SPACING.tableTopBorder;

  fills.push({ x: 0, y, width, height: table.head.height });
  place(table.head.cells, y, FONT_SIZE.headCell, true, SPACING.headCellPaddingV);
  y += table.head.height;
  rule(y, SPACING.headRowBorder);
  y += SPACING.headRowBorder;

  for (const row of table.rows.slice(start, end)) {
    place(row.cells, y, FONT_SIZE.body, false, SPACING.cellPaddingV);
    y += row.height;
    rule(y, SPACING.rowBorder);
    y += SPACING.rowBorder;
  }
  return { height: y, texts, rules, fills };
}
