import "server-only";
import { parisCalendarDate } from "@/lib/dates/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable } from "./report-table";
import type { TableFormat } from "./table-format";
import { writeTableCsv } from "./write-table-csv";
import { writeTableXlsx } from "./write-table-xlsx";

// A report or list export as a downloadable file: the table written in the asked format, named
// "<prefix>-<day>.csv|xlsx" (ASCII, dated in France, or after the day the report describes).

export type TableFile = { fileName: string; contentType: string; body: string | Uint8Array };

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function tableFile(
  table: ReportTable,
  options: { prefix: string; format: TableFormat; locale: Locale; day?: string },
): Promise<TableFile> {
  const day = options.day ?? parisCalendarDate(new Date());
  return {
    fileName: `${options.prefix}-${day}.${options.format}`,
    contentType: TABLE_CONTENT_TYPES[options.format],
    body:
      options.format === "xlsx" ? await writeTableXlsx(table, options.locale) : writeTableCsv(table, options.locale),
  };
}
