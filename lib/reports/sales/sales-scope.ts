// Which documents are sales of a period — the dashboard's "invoiced" rule, kept by the rollups
// of migration 20261207124745_rollups and after (lib/rollups), so the report's grand total
// excl. VAT is that figure:
// - issued invoices, deposit invoices and credit notes, by issue date (inclusive bounds);
// - a credit note counts negatively in the period it is issued in, whatever the invoice's;
// - a deposit invoice counts when it is issued; the final invoice that deducts it carries a
//   negative line for it, so the deposit is not counted twice;
// - the organization's currency only (a sum of euros and dollars means nothing).

export type SalesAmounts = { exclVatCents: number; vatCents: number; inclVatCents: number };

export const zeroAmounts = (): SalesAmounts => ({ exclVatCents: 0, vatCents: 0, inclVatCents: 0 });

export function addAmounts(total: SalesAmounts, amounts: SalesAmounts): void {
  total.exclVatCents += amounts.exclVatCents;
  total.vatCents += amounts.vatCents;
  total.inclVatCents += amounts.inclVatCents;
}
