import "server-only";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TableFormat } from "@/lib/tables/table-format";
import { LIST_EXPORT_LIMITS, tooManyRows } from "./list-export-limits";

// How a list export reads its rows: the list's own statement of a page's ids (its WHERE and
// ORDER BY, see find-document-page.ts / find-payment-page.ts) with one window covering every
// page, then the rows by id in batches — all in one REPEATABLE READ snapshot, so a payment
// recorded meanwhile cannot make a row's figures disagree with the filter that chose it.
// Past the format's row limit (list-export-limits.ts) nothing is read beyond the ids.

/** Rows fetched by primary key per statement. */
export const ROW_BATCH_SIZE = 1000;

export type ListStatements = {
  pageIds: (window: { skip: number; take: number }) => Prisma.Sql;
  rows: (ids: string[]) => Prisma.Sql;
};

/** Every row of the list, in the list's order; "export_too_large" / "xlsx_too_large" past the limit. */
export async function readListExport<Row extends { id: string }>(
  statements: ListStatements,
  format: TableFormat,
  maxRows = LIST_EXPORT_LIMITS[format],
): Promise<Row[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      const ids = (await tx.$queryRaw<{ id: string }[]>(statements.pageIds({ skip: 0, take: maxRows + 1 }))).map(
        (row) => row.id,
      );
      if (ids.length > maxRows) throw tooManyRows(format);
      const rows: Row[] = [];
      for (let start = 0; start < ids.length; start += ROW_BATCH_SIZE) {
        const batch = ids.slice(start, start + ROW_BATCH_SIZE);
        const found = await tx.$queryRaw<Row[]>(statements.rows(batch));
        const byId = new Map(found.map((row) => [row.id, row]));
        for (const id of batch) {
          const row = byId.get(id);
          if (row) rows.push(row);
        }
      }
      return rows;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
