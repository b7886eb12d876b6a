import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { exportTooLarge } from "@/lib/csv/csv-errors";
import { MAX_EXPORT_ROWS } from "@/lib/csv/csv-limits";
import { csvFileName, csvSeparatorFor, toCsv } from "@/lib/csv/write-csv";
import { db } from "@/lib/db/prisma";
import { escapeLike } from "@/lib/text/escape-like";
import { toSearchText } from "@/lib/text/search-text";
import type { Locale } from "@/lib/i18n/locales";
import { clientCsvCells, clientCsvFields, clientCsvLabel } from "./client-csv-columns";
import { parseClientListQuery } from "./client-list-query";
import { clientListOrder, clientListWhere } from "./find-client-page";

const exportSelect = Object.fromEntries(clientCsvFields.map((field) => [field, true])) as Record<
  (typeof clientCsvFields)[number],
  true
>;

/**
 * The clients list as a CSV file: the same search, filters and sort as the page (all pages),
 * in the user's language and separator. Needs only clients.read — it holds nothing the client
 * pages do not show (exports.read is for the accounting exports, which MEMBER must not get).
 */
export async function exportClientsCsv(
  member: MemberContext,
  params: Record<string, unknown>,
  locale: Locale,
  now = new Date(),
): Promise<{ fileName: string; content: string; rowCount: number }> {
  assertCan(member, "clients.read");
  const query = parseClientListQuery(params);
  const search = toSearchText(query.q);
  const rows = await db.client.findMany({
    // clientListWhere leaves the search out (the paged list runs it in SQL, see
    // search-clients-sql.ts); the export reads every match, so a plain LIKE filter does.
    where: {
      ...clientListWhere(member.organizationId, query),
      ...(search ? { searchText: { contains: escapeLike(search) } } : {}),
    },
    orderBy: clientListOrder(query),
    take: MAX_EXPORT_ROWS + 1,
    select: exportSelect,
  });
  if (rows.length > MAX_EXPORT_ROWS) throw exportTooLarge();
  const header = clientCsvFields.map((field) => clientCsvLabel(field, locale));
  const cells = rows.map((row) => {
    const byField = clientCsvCells(row, locale);
    return clientCsvFields.map((field) => byField[field]);
  });
  return {
    fileName: csvFileName("clients", now),
    content: toCsv(header, cells, csvSeparatorFor(locale)),
    rowCount: rows.length,
  };
}
