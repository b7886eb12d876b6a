import "server-only";
import { db } from "@/lib/db/prisma";
import { CHART_SLOTS, chartWith, type ChartOfAccounts, type ChartSlot } from "./chart-of-accounts";

/** The organization's own account numbers (only the slots it changed), by slot. */
export async function readAccountNumbers(organizationId: string): Promise<Partial<Record<ChartSlot, string>>> {
  const rows = await db.accountingAccount.findMany({
    where: { organizationId },
    select: { slot: true, number: true },
  });
  const known = new Set<string>(CHART_SLOTS);
  // A slot this version no longer knows is ignored rather than written to a file.
  return Object.fromEntries(rows.filter((row) => known.has(row.slot)).map((row) => [row.slot, row.number]));
}

/** The chart the organization's FEC is written with: the defaults, its own numbers over them. */
export async function readChartOfAccounts(organizationId: string): Promise<ChartOfAccounts> {
  return chartWith(await readAccountNumbers(organizationId));
}
