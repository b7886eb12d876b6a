import { toEurCents } from "@/lib/documents/exchange-rate";
import type { ArticleKind, PaymentMethod } from "@/lib/generated/prisma/enums";
import {
  DEFAULT_CHART,
  SALES_JOURNAL,
  revenueAccount,
  treasuryOf,
  vatAccount,
  type Account,
  type ChartOfAccounts,
  type Journal,
} from "./chart-of-accounts";
import { clientAccountCode } from "./client-auxiliary-account";

// Issued documents and payments → balanced journal entries (pure; no database, no dates of
// "now"). Amounts are integer cents in EUR. A document in another currency is converted line
// by line with the exchange rate frozen at its issue (its payments too: exchange differences
// are not booked), each line keeping its own amount and currency (Montantdevise, Idevise).

/** The document's currency and, for any other than EUR, EUR for one unit of it (decimal text). */
export type FecCurrency = { currency: string; exchangeRate: string | null };

function foreign(money: FecCurrency): string | null {
  return money.currency !== "EUR" && money.exchangeRate ? money.exchangeRate : null;
}

export type FecDocumentInput = FecCurrency & {
  id: string;
  type: "INVOICE" | "DEPOSIT_INVOICE" | "CREDIT_NOTE";
  number: string;
  /** "YYYY-MM-DD" */
  issueDate: string;
  clientId: string;
  clientName: string;
  /** The client's own auxiliary account (Client.auxiliaryAccount); none: the generated one. */
  clientAccount?: string | null;
  /** A credit note: the invoice it credits (for lettering). */
  creditedInvoiceId: string | null;
  pricesIncludeVat: boolean;
  totalInclVatCents: number;
  /** The stored VAT breakdown (computeTotals' byRate). */
  vatBreakdown: { vatRateBps: number; baseCents: number; vatCents: number }[];
  lines: { netCents: number; vatRateBps: number; kind: ArticleKind; deductedDocumentId: string | null }[];
};

export type FecPaymentInput = FecCurrency & {
  id: string;
  documentId: string;
  documentNumber: string;
  clientId: string;
  clientName: string;
  /** The client's own auxiliary account (Client.auxiliaryAccount); none: the generated one. */
  clientAccount?: string | null;
  /** "YYYY-MM-DD" */
  date: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string | null;
};

export type FecLine = {
  account: Account;
  auxiliary: { number: string; label: string } | null;
  label: string;
  debitCents: number;
  creditCents: number;
  letter: string | null;
  /** "YYYY-MM-DD" */
  letterDate: string | null;
  /** A document in another currency: the line's amount in it (non-negative) and its code. */
  currencyAmount: { cents: number; currency: string } | null;
};

export type FecEntry = {
  journal: Journal;
  /** 1, 2… per journal, in date order. */
  number: number;
  /** "YYYY-MM-DD": the entry date, the piece date and the validation date (issued = validated). */
  date: string;
  pieceRef: string;
  label: string;
  lines: FecLine[];
};

const DOCUMENT_LABELS: Record<FecDocumentInput["type"], string> = {
  INVOICE: "Facture",
  DEPOSIT_INVOICE: "Facture d'acompte",
  CREDIT_NOTE: "Avoir",
};

const METHOD_LABELS: Record<PaymentMethod, string> = {
  TRANSFER: "virement",
  CARD: "carte",
  CHEQUE: "chèque",
  CASH: "espèces",
  OTHER: "autre",
};

/** The revenue-side account of a document line (see the "deposits" slot for deposits). */
function lineAccount(
  chart: ChartOfAccounts,
  document: FecDocumentInput,
  line: FecDocumentInput["lines"][number],
  rateBps: number,
): Account {
  if (document.type === "DEPOSIT_INVOICE" || line.deductedDocumentId !== null) return chart.deposits;
  return revenueAccount(chart, line.kind, rateBps);
}

function roundedDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const a = numerator < 0n ? -numerator : numerator;
  const b = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * a + b) / (2n * b);
  return negative ? -quotient : quotient;
}

/**
 * Splits a rate's base (excl. VAT, after the document discount) between accounts in
 * proportion to their lines' nets; the rounding remainder goes to the largest account, so
 * the parts always add up to the base. Nets summing to zero (a deposit deducted in full)
 * keep each account's own net, brought excl. VAT when prices include VAT.
 */
function splitBase(base: number, weights: number[], rateBps: number, pricesIncludeVat: boolean): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => {
    if (total !== 0) return Number(roundedDiv(BigInt(base) * BigInt(weight), BigInt(total)));
    return pricesIncludeVat ? Number(roundedDiv(BigInt(weight) * 10_000n, BigInt(10_000 + rateBps))) : weight;
  });
  const remainder = base - shares.reduce((sum, share) => sum + share, 0);
  if (remainder !== 0 && shares.length > 0) {
    let largest = 0;
    weights.forEach((weight, index) => {
      if (Math.abs(weight) > Math.abs(weights[largest]!)) largest = index;
    });
    shares[largest]! += remainder;
  }
  return shares;
}

/** A line of `creditCents` (negative: a debit) in the document's currency, converted to EUR. */
function signedLine(
  money: FecCurrency,
  account: Account,
  label: string,
  creditCents: number,
  auxiliary: FecLine["auxiliary"] = null,
): FecLine {
  const rate = foreign(money);
  const eur = rate ? toEurCents(creditCents, rate) : creditCents;
  return {
    account,
    auxiliary,
    label,
    debitCents: eur < 0 ? -eur : 0,
    creditCents: eur > 0 ? eur : 0,
    letter: null,
    letterDate: null,
    currencyAmount: rate ? { cents: Math.abs(creditCents), currency: money.currency } : null,
  };
}

function signOf(line: FecLine): number {
  return line.creditCents > 0 ? 1 : -1;
}

function rateText(rateBps: number): string {
  return `${(rateBps / 100).toString().replace(".", ",")} %`;
}

/**
 * One sales entry: the client (411 + auxiliary) for the total incl. VAT against revenue (or
 * deposits received) per account and VAT rate excl. VAT and VAT collected per rate. A credit
 * note is the mirror image. Zero amounts are left out; an entry of only zeros is none.
 */
export function salesEntry(
  document: FecDocumentInput,
  chart: ChartOfAccounts = DEFAULT_CHART,
): Omit<FecEntry, "number"> | null {
  const sign = document.type === "CREDIT_NOTE" ? -1 : 1;
  const label = `${DOCUMENT_LABELS[document.type]} ${document.number} ${document.clientName}`;
  const byRate = new Map<number, { base: number; vat: number }>();
  for (const group of document.vatBreakdown) {
    const entry = byRate.get(group.vatRateBps) ?? { base: 0, vat: 0 };
    entry.base += group.baseCents;
    entry.vat += group.vatCents;
    byRate.set(group.vatRateBps, entry);
  }
  const lines: FecLine[] = [];
  for (const [rateBps, { base, vat }] of [...byRate].sort(([a], [b]) => b - a)) {
    // A VAT-exempt document keeps its lines' rates but is broken down at 0 %: use every line then.
    const rateLines = document.lines.filter((line) => line.vatRateBps === rateBps);
    const source = rateLines.length > 0 || byRate.size > 1 ? rateLines : document.lines;
    const accounts = new Map<string, { account: Account; weight: number }>();
    for (const line of source) {
      const account = lineAccount(chart, document, line, rateBps);
      const slot = accounts.get(account.number) ?? { account, weight: 0 };
      slot.weight += line.netCents;
      accounts.set(account.number, slot);
    }
    const slots = [...accounts.values()];
    if (slots.length === 0) slots.push({ account: revenueAccount(chart, "SERVICE", rateBps), weight: 0 });
    const shares = splitBase(
      base,
      slots.map((slot) => slot.weight),
      rateBps,
      document.pricesIncludeVat,
    );
    slots.forEach((slot, index) => {
      if (shares[index] !== 0) {
        lines.push(
          signedLine(document, slot.account, `${slot.account.label} ${rateText(rateBps)}`, sign * shares[index]!),
        );
      }
    });
    if (vat !== 0) lines.push(signedLine(document, vatAccount(chart, rateBps), `TVA ${rateText(rateBps)}`, sign * vat));
  }
  if (lines.length === 0) return null;
  // The client owes what the other lines add up to: in EUR, the sum of their conversions (so
  // the entry balances to the cent), and in the document's currency, its total.
  const clientEur = lines.reduce((sum, line) => sum + line.creditCents - line.debitCents, 0);
  const clientOwn = lines.reduce((sum, line) => sum + signOf(line) * (line.currencyAmount?.cents ?? 0), 0);
  const auxiliary = {
    number: clientAccountCode(document.clientId, document.clientAccount),
    label: document.clientName,
  };
  lines.unshift({
    ...signedLine({ currency: "EUR", exchangeRate: null }, chart.clients, label, -clientEur, auxiliary),
    currencyAmount: foreign(document) ? { cents: Math.abs(clientOwn), currency: document.currency } : null,
  });
  return { journal: SALES_JOURNAL, date: document.issueDate, pieceRef: document.number, label, lines };
}

export function paymentEntry(
  payment: FecPaymentInput,
  chart: ChartOfAccounts = DEFAULT_CHART,
): Omit<FecEntry, "number"> {
  const { journal, account } = treasuryOf(chart, payment.method);
  const reference = payment.reference ? ` ${payment.reference}` : "";
  const label = `Règlement ${payment.documentNumber} ${payment.clientName} (${METHOD_LABELS[payment.method]}${reference})`;
  const auxiliary = { number: clientAccountCode(payment.clientId, payment.clientAccount), label: payment.clientName };
  return {
    journal,
    date: payment.date,
    pieceRef: payment.documentNumber,
    label,
    lines: [
      signedLine(payment, account, label, -payment.amountCents),
      signedLine(payment, chart.clients, label, payment.amountCents, auxiliary),
    ],
  };
}

/** A, B… Z, AA, AB…: the n-th (0-based) lettering code of a client. */
export function letterCode(index: number): string {
  let code = "";
  let rest = index + 1;
  while (rest > 0) {
    rest -= 1;
    code = String.fromCharCode(65 + (rest % 26)) + code;
    rest = Math.floor(rest / 26);
  }
  return code;
}

/** The client line of an entry: the only one with an auxiliary account. */
function clientLine(entry: Omit<FecEntry, "number">): FecLine {
  return entry.lines.find((line) => line.auxiliary !== null)!;
}

/**
 * The lettering of a settled invoice: its code (the n-th settled invoice of its client in
 * the sales journal's order gets letterCode(n)) and DateLet, the last date of the invoice and
 * the items settling it. The invoice, its payments and its credit notes all carry it.
 */
export type FecLettering = { letterIndex: number; letterDate: string };

/** Puts the lettering (if any) on the entry's client line. */
export function letterEntry<E extends Omit<FecEntry, "number">>(entry: E, lettering: FecLettering | null): E {
  if (lettering)
    Object.assign(clientLine(entry), { letter: letterCode(lettering.letterIndex), letterDate: lettering.letterDate });
  return entry;
}

/** The journals in file order; entries are numbered from 1 in each. */
export const JOURNAL_ORDER = ["VT", "BQ", "CA"] as const;

/** Numbers entries given in file order: 1, 2… per journal. */
export function entryNumbering(): (entry: Omit<FecEntry, "number">) => FecEntry {
  const counters = new Map<string, number>();
  return (entry) => {
    const number = (counters.get(entry.journal.code) ?? 0) + 1;
    counters.set(entry.journal.code, number);
    return { ...entry, number };
  };
}

const byDateThenRef = (a: { date: string; pieceRef: string }, b: { date: string; pieceRef: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.pieceRef < b.pieceRef ? -1 : a.pieceRef > b.pieceRef ? 1 : 0;

/**
 * The entries of a period held in memory (the export streams the same entries from SQL in
 * the same order with the same lettering, export-fec.ts): the sales journal (VT) then the
 * receipts journals (BQ, CA), each in date order (then piece reference) and numbered from 1.
 *
 * Lettering: an invoice or deposit invoice whose payments and credit notes given here add up
 * to its total is settled; its 411 line and theirs get the client's next code (A, B…) and the
 * date of the last of them as DateLet. An invoice settled by items outside the period is not
 * lettered (its counterpart lines are not in the file).
 */
export function buildFecEntries(
  documents: FecDocumentInput[],
  payments: FecPaymentInput[],
  chart: ChartOfAccounts = DEFAULT_CHART,
): FecEntry[] {
  const sortedDocuments = [...documents].sort((a, b) =>
    byDateThenRef({ date: a.issueDate, pieceRef: a.number }, { date: b.issueDate, pieceRef: b.number }),
  );
  const sales: { source: FecDocumentInput; entry: Omit<FecEntry, "number"> }[] = [];
  for (const document of sortedDocuments) {
    const entry = salesEntry(document, chart);
    if (entry) sales.push({ source: document, entry });
  }
  const receipts = [...payments]
    .map((payment) => ({ source: payment, entry: paymentEntry(payment, chart) }))
    .sort((a, b) => byDateThenRef(a.entry, b.entry) || (a.source.id < b.source.id ? -1 : 1));

  // Each settled invoice's 411 lines: the invoice's, its payments', its credit notes'.
  const settlingOf = new Map<string, Omit<FecEntry, "number">[]>();
  const settles = (invoiceId: string | null, entry: Omit<FecEntry, "number">) => {
    if (invoiceId !== null) settlingOf.set(invoiceId, [...(settlingOf.get(invoiceId) ?? []), entry]);
  };
  for (const receipt of receipts) settles(receipt.source.documentId, receipt.entry);
  for (const sale of sales) settles(sale.source.creditedInvoiceId, sale.entry);
  const lettersByClient = new Map<string, number>();
  for (const { source, entry } of sales) {
    if (source.type === "CREDIT_NOTE") continue;
    const invoiceLine = clientLine(entry);
    if (invoiceLine.debitCents <= 0) continue;
    const settling = settlingOf.get(source.id) ?? [];
    // Compared in the invoice's own currency: converted payments may differ by a rounding cent.
    const own = (line: FecLine) => line.currencyAmount?.cents ?? line.creditCents + line.debitCents;
    const settled = settling.reduce((sum, item) => sum + signOf(clientLine(item)) * own(clientLine(item)), 0);
    if (settled !== own(invoiceLine)) continue;
    const letterIndex = lettersByClient.get(source.clientId) ?? 0;
    lettersByClient.set(source.clientId, letterIndex + 1);
    const letterDate = settling.reduce((latest, item) => (item.date > latest ? item.date : latest), entry.date);
    for (const item of [entry, ...settling]) letterEntry(item, { letterIndex, letterDate });
  }

  const number = entryNumbering();
  const all = [...sales.map((sale) => sale.entry), ...receipts.map((receipt) => receipt.entry)];
  return JOURNAL_ORDER.flatMap((code) => all.filter((item) => item.journal.code === code).map(number));
}
