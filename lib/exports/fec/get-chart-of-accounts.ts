import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { CHART_SLOTS, DEFAULT_CHART, type ChartSlot } from "./chart-of-accounts";
import { readAccountNumbers } from "./read-chart-of-accounts";

export type ChartOfAccountsView = {
  slot: ChartSlot;
  /** The number the FEC uses. */
  number: string;
  defaultNumber: string;
  /** The organization changed it from the default. */
  custom: boolean;
}[];

/** The chart as the settings page shows it (exports.read: the roles that get the FEC). */
export async function getChartOfAccounts(member: MemberContext): Promise<ChartOfAccountsView> {
  assertCan(member, "exports.read");
  const numbers = await readAccountNumbers(member.organizationId);
  return CHART_SLOTS.map((slot) => ({
    slot,
    number: numbers[slot] ?? DEFAULT_CHART[slot].number,
    defaultNumber: DEFAULT_CHART[slot].number,
    custom: numbers[slot] !== undefined,
  }));
}
