/**
 * A row for createMany without its null columns. Prisma sends every key of every row as a
 * bind parameter and handles each one in JavaScript; an import row is mostly empty optional
 * columns, and leaving them out makes a 10,000-row import about 40 % faster (bench:csv).
 * Only for columns whose default is NULL (true of every nullable Article and Client column):
 * a column left out then gets exactly the null it would have had.
 */
export function omitNulls<Row extends Record<string, unknown>>(row: Row): Row {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (value !== null) kept[key] = value;
  return kept as Row;
}
