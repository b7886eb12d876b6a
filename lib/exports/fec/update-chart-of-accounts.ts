import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { CHART_SLOTS, DEFAULT_CHART, type ChartSlot } from "./chart-of-accounts";
import { chartOfAccountsInput } from "./chart-of-accounts-schema";
import { readAccountNumbers } from "./read-chart-of-accounts";

// Changing the organization's chart of accounts is an organization setting (organization.update:
// OWNER, ADMIN); the accountant reads it (exports.read) but changes nothing, as everywhere.

type Numbers = Partial<Record<ChartSlot, string>>;

async function save(member: MemberContext, next: Numbers, meta: RequestMeta): Promise<Numbers> {
  const organizationId = member.organizationId;
  const before = await readAccountNumbers(organizationId);
  const changed = CHART_SLOTS.filter((slot) => (before[slot] ?? "") !== (next[slot] ?? ""));
  if (changed.length === 0) return before;
  await db.$transaction(async (tx) => {
    await tx.accountingAccount.deleteMany({ where: { organizationId, slot: { in: [...changed] } } });
    const rows = changed.filter((slot) => next[slot]).map((slot) => ({ organizationId, slot, number: next[slot]! }));
    if (rows.length > 0) await tx.accountingAccount.createMany({ data: rows });
    await recordAudit(tx, {
      action: "organization.chart_of_accounts_updated",
      organizationId,
      actorId: member.userId,
      targetType: "AccountingAccount",
      targetId: organizationId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: Object.fromEntries(
        changed.map((slot) => [slot, { before: before[slot] ?? null, after: next[slot] ?? null }]),
      ),
    });
  });
  return next;
}

/**
 * Saves the form: a number equal to the default or left empty is no row (the slot follows the
 * default), any other one is the organization's. Nothing is written when a field is invalid
 * (VALIDATION "invalid_input" with the fields' codes).
 */
export async function updateChartOfAccounts(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<Numbers> {
  assertCan(member, "organization.update");
  const input = parseInput(chartOfAccountsInput, rawInput);
  const next: Numbers = {};
  for (const slot of CHART_SLOTS) {
    if (input[slot] !== "" && input[slot] !== DEFAULT_CHART[slot].number) next[slot] = input[slot];
  }
  return save(member, next, meta);
}

/** Back to the French defaults: every slot of the organization's chart. */
export async function resetChartOfAccounts(member: MemberContext, meta: RequestMeta): Promise<Numbers> {
  assertCan(member, "organization.update");
  return save(member, {}, meta);
}
