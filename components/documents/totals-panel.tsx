import { Card } from "@/components/ui/card";
import type { DocumentTotals, RateTotals } from "@/lib/documents/totals/compute-totals";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { formatVatRate } from "@/lib/money/vat-rates";
import { VAT_CATEGORY_LABELS } from "@/lib/vat/vat-categories";

type TotalsPanelProps = {
  /** computeTotals' result; null when the amounts are beyond a document's. */
  totals: DocumentTotals | null;
  locale: Locale;
  /** ISO 4217 of the amounts (EUR when not given). */
  currency?: string;
  vatExempt: boolean;
  /** The legal mention printed under VAT franchise (in the document's language). */
  franchiseMention?: string;
  incompleteLines?: number;
  discountIgnored?: boolean;
  labels: Messages["documentEditor"];
  /** Heading level id (several panels may share a page). */
  headingId?: string;
  className?: string;
};

/** A VAT group's name: "TVA 20 %" for standard VAT, the category's name otherwise ("Autoliquidation"). */
export function vatGroupLabel(
  group: Pick<RateTotals, "vatCategory" | "vatRateBps">,
  locale: Locale,
  labels: Pick<Messages["documentEditor"], "vatAt">,
): string {
  return group.vatCategory === "S"
    ? format(labels.vatAt, { rate: formatVatRate(group.vatRateBps, locale) })
    : VAT_CATEGORY_LABELS[locale][group.vatCategory];
}

/**
 * What computeTotals gives, as a table: the VAT breakdown by category and rate (base, VAT),
 * document discount, totals excl. VAT, VAT and incl. VAT. Used by the editor (live), the
 * document page and the public page (stored).
 */
/** The totals of a saved document as the panel takes them (its stored figures; no per-line detail). */
export function storedTotals(document: {
  vatBreakdown: RateTotals[];
  totals: Omit<DocumentTotals, "lines" | "byRate">;
}): DocumentTotals {
  return { lines: [], byRate: document.vatBreakdown, ...document.totals };
}

export function TotalsPanel(props: TotalsPanelProps) {
  const { totals, locale, vatExempt, labels: t } = props;
  const money = (cents: number) => formatMoney(cents, locale, props.currency);
  const headingId = props.headingId ?? "document-totals";
  return (
    <Card aria-labelledby={headingId} className={props.className}>
      <h2 id={headingId} className="mb-3 text-base font-semibold">
        {t.totalsTitle}
      </h2>
      {totals === null ? (
        <p className="text-sm text-red-700">{t.totalsTooLarge}</p>
      ) : (
        <>
          {!vatExempt && totals.byRate.length > 0 ? (
            <table className="mb-4 w-full text-sm">
              <caption className="sr-only">{t.breakdownCaption}</caption>
              <thead className="text-slate-500">
                <tr>
                  <th scope="col" className="pb-1 text-left font-medium">
                    {t.rate}
                  </th>
                  <th scope="col" className="pb-1 pl-3 text-right font-medium">
                    {t.base}
                  </th>
                  <th scope="col" className="pb-1 pl-3 text-right font-medium">
                    {t.vat}
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.byRate.map((rate) => (
                  <tr key={`${rate.vatCategory}:${rate.vatRateBps}`}>
                    <th scope="row" className="py-0.5 text-left font-normal">
                      {vatGroupLabel(rate, locale, t)}
                    </th>
                    <td className="py-0.5 pl-3 text-right whitespace-nowrap tabular-nums">{money(rate.baseCents)}</td>
                    <td className="py-0.5 pl-3 text-right whitespace-nowrap tabular-nums">{money(rate.vatCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <dl className="space-y-1 text-sm">
            {totals.discountCents !== 0 ? <Row label={t.discountTotal} value={money(-totals.discountCents)} /> : null}
            <Row label={t.totalExclVat} value={money(totals.totalExclVatCents)} testId="total-excl-vat" />
            {vatExempt ? null : <Row label={t.totalVat} value={money(totals.totalVatCents)} testId="total-vat" />}
            <Row
              label={vatExempt ? t.netToPay : t.totalInclVat}
              value={money(totals.totalInclVatCents)}
              testId="total-incl-vat"
              strong
            />
          </dl>
          {vatExempt && props.franchiseMention ? (
            <p className="mt-3 text-sm italic text-slate-700">{props.franchiseMention}</p>
          ) : null}
          {props.incompleteLines ? (
            <p className="mt-3 text-sm text-amber-800">{format(t.incompleteLines, { count: props.incompleteLines })}</p>
          ) : null}
          {props.discountIgnored ? <p className="mt-1 text-sm text-amber-800">{t.discountIgnored}</p> : null}
        </>
      )}
    </Card>
  );
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div
      className={`flex items-baseline justify-between gap-4 ${strong ? "border-t border-slate-200 pt-2 text-base font-semibold" : ""}`}
    >
      <dt>{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
