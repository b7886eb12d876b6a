import type { ArticleKind, PaymentMethod } from "@/lib/generated/prisma/enums";

// The accounts the FEC writes with, one "slot" per use: revenue per kind (goods/services) and
// VAT rate, VAT collected per rate, clients, deposits received, bank, cheques, cash. The
// French defaults (Plan comptable général) apply unless the organization changed a slot
// (AccountingAccount rows, lib/exports/fec/chart-of-accounts-settings.ts). Labels stay the
// default ones: the accountant's software names accounts by number.

export type Account = { number: string; label: string };

/** The VAT rates (basis points) with accounts of their own; any other rate (0 % too) → "other". */
export const CHART_RATES = ["2000", "1000", "550", "210", "other"] as const;
export type ChartRate = (typeof CHART_RATES)[number];

export const REVENUE_KINDS = ["SERVICE", "GOODS"] as const satisfies readonly ArticleKind[];

export const SINGLE_SLOTS = ["clients", "deposits", "bank", "cheques", "cash"] as const;

export type ChartSlot = `revenue.${ArticleKind}.${ChartRate}` | `vat.${ChartRate}` | (typeof SINGLE_SLOTS)[number];

export const CHART_SLOTS: readonly ChartSlot[] = [
  ...REVENUE_KINDS.flatMap((kind) => CHART_RATES.map((rate) => `revenue.${kind}.${rate}` as const)),
  ...CHART_RATES.map((rate) => `vat.${rate}` as const),
  ...SINGLE_SLOTS,
];

export type ChartOfAccounts = Record<ChartSlot, Account>;

const VAT_LABELS: Record<ChartRate, string> = {
  "2000": "TVA collectée 20 %",
  "1000": "TVA collectée 10 %",
  "550": "TVA collectée 5,5 %",
  "210": "TVA collectée 2,1 %",
  other: "TVA collectée autres taux",
};
const VAT_NUMBERS: Record<ChartRate, string> = {
  "2000": "445712",
  "1000": "445711",
  "550": "445713",
  "210": "445714",
  other: "445710",
};

export const DEFAULT_CHART: ChartOfAccounts = Object.fromEntries([
  ...CHART_RATES.map((rate) => [`revenue.SERVICE.${rate}`, { number: "706000", label: "Prestations de services" }]),
  ...CHART_RATES.map((rate) => [`revenue.GOODS.${rate}`, { number: "707000", label: "Ventes de marchandises" }]),
  ...CHART_RATES.map((rate) => [`vat.${rate}`, { number: VAT_NUMBERS[rate], label: VAT_LABELS[rate] }]),
  ["clients", { number: "411000", label: "Clients" }],
  // A deposit invoice (facture d'acompte) is not yet a sale: its amount excl. VAT goes to
  // 4191 "Clients - avances et acomptes reçus" (its VAT is due at once, so 44571 as usual).
  // The final invoice's line deducting it (a negative line) debits 4191 back, so the full
  // sale lands in 706/707 when it is made.
  ["deposits", { number: "419100", label: "Clients - avances et acomptes reçus" }],
  ["bank", { number: "512000", label: "Banque" }],
  ["cheques", { number: "511200", label: "Chèques à encaisser" }],
  ["cash", { number: "530000", label: "Caisse" }],
]) as ChartOfAccounts;

/**
 * The first digits an account of each slot must start with (PCG classes): revenue 7, VAT
 * collected 4457, clients 411, deposits received 419, bank and cheques 51, cash 53.
 */
export function slotPrefix(slot: ChartSlot): string {
  if (slot.startsWith("revenue.")) return "7";
  if (slot.startsWith("vat.")) return "4457";
  return { clients: "411", deposits: "419", bank: "51", cheques: "51", cash: "53" }[
    slot as (typeof SINGLE_SLOTS)[number]
  ];
}

/** The default chart with the organization's numbers where it set some (labels unchanged). */
export function chartWith(numbers: Partial<Record<ChartSlot, string>>): ChartOfAccounts {
  const chart = { ...DEFAULT_CHART };
  for (const slot of CHART_SLOTS) {
    const number = numbers[slot];
    if (number) chart[slot] = { ...DEFAULT_CHART[slot], number };
  }
  return chart;
}

export function chartRate(rateBps: number): ChartRate {
  const key = String(rateBps);
  return (CHART_RATES as readonly string[]).includes(key) ? (key as ChartRate) : "other";
}

export function vatAccount(chart: ChartOfAccounts, rateBps: number): Account {
  return chart[`vat.${chartRate(rateBps)}`];
}

export function revenueAccount(chart: ChartOfAccounts, kind: ArticleKind, rateBps: number): Account {
  return chart[`revenue.${kind}.${chartRate(rateBps)}`];
}

export type Journal = { code: string; label: string };
export const SALES_JOURNAL: Journal = { code: "VT", label: "Journal des ventes" };
export const BANK_JOURNAL: Journal = { code: "BQ", label: "Journal de banque" };
export const CASH_JOURNAL: Journal = { code: "CA", label: "Journal de caisse" };

/**
 * Where a payment is received: cash in the till (530, journal CA), a cheque waiting to be
 * paid in (5112, journal BQ), anything else (transfer, card, direct debit, other) at the
 * bank (512, journal BQ).
 */
export function treasuryOf(chart: ChartOfAccounts, method: PaymentMethod): { journal: Journal; account: Account } {
  if (method === "CASH") return { journal: CASH_JOURNAL, account: chart.cash };
  if (method === "CHEQUE") return { journal: BANK_JOURNAL, account: chart.cheques };
  return { journal: BANK_JOURNAL, account: chart.bank };
}
