import { db } from "@/lib/db/prisma";

// What an organization holds, table by table: every table with an organizationId column (found
// in the catalogue, so a new table is covered without a change here), its row count and its
// latest updatedAt where it has one. Two equal snapshots around a request: it wrote nothing.
// ApiToken's own bookkeeping (last use, rate limit) changes on every call: only its count counts.

type TableInfo = { table: string; hasUpdatedAt: boolean };

let tables: Promise<TableInfo[]> | undefined;

async function organizationTables(): Promise<TableInfo[]> {
  const rows = await db.$queryRaw<{ table_name: string; has_updated_at: boolean }[]>`
    SELECT c.table_name,
           bool_or(u.column_name IS NOT NULL) AS has_updated_at
    FROM information_schema.columns c
    LEFT JOIN information_schema.columns u
      ON u.table_schema = c.table_schema AND u.table_name = c.table_name AND u.column_name = 'updatedAt'
    WHERE c.table_schema = current_schema() AND c.column_name = 'organizationId'
    GROUP BY c.table_name
    ORDER BY c.table_name`;
  return rows.map((row) => ({
    table: row.table_name,
    hasUpdatedAt: row.has_updated_at && row.table_name !== "ApiToken",
  }));
}

export async function tenantSnapshot(organizationId: string): Promise<Record<string, string>> {
  tables ??= organizationTables();
  const snapshot: Record<string, string> = {};
  for (const { table, hasUpdatedAt } of await tables) {
    const latest = hasUpdatedAt ? `, max("updatedAt")::text AS latest` : `, NULL AS latest`;
    const [row] = await db.$queryRawUnsafe<{ count: bigint; latest: string | null }[]>(
      `SELECT count(*) AS count${latest} FROM "${table}" WHERE "organizationId" = $1`,
      organizationId,
    );
    snapshot[table] = `${String(row?.count)} rows, latest update ${row?.latest ?? "-"}`;
  }
  return snapshot;
}
