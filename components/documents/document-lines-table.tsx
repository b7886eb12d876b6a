import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { unitForQuantity } from "@/lib/articles/article-units";
import { formatQuantity } from "@/lib/documents/parse-quantity";
import { vatColumnText } from "@/lib/documents/vat-column";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import { formatVatRate } from "@/lib/money/vat-rates";
import type { VatCategory } from "@/lib/vat/vat-categories";

// A document's lines as a table, for the document page (in the reader's language) and the
// public page (in the document's): one component, so both show the same columns the same way.

export type LinesTableRow = {
  key: string;
  description: string;
  quantityMilli: number;
  unit: string;
  unitPriceCents: number;
  discount: { kind: "PERCENT" | "AMOUNT"; value: number } | null;
  vatCategory: VatCategory;
  vatRateBps: number;
  netCents: number;
  /** A final invoice's deduction of a deposit invoice, shown apart. */
  deduction: boolean;
};

export function DocumentLinesTable({
  rows,
  document,
  locale,
  messages,
  headingId,
  tableClassName,
}: {
  rows: LinesTableRow[];
  document: { currency: string; pricesIncludeVat: boolean; vatExempt: boolean; depositPercentBps: number | null };
  locale: Locale;
  messages: Messages;
  headingId: string;
  /** The table's minimum width (it scrolls inside its box below it). */
  tableClassName: string;
}) {
  const t = messages.documentDetail;
  const sep = locale === "fr" ? "," : ".";
  const money = (cents: number) => formatMoney(cents, locale, document.currency);
  const unitLabels = { singular: messages.articleUnits, plural: messages.articleUnitPlurals };
  const cell = "px-4 py-3 align-top";
  const right = `${cell} whitespace-nowrap text-right tabular-nums`;
  const inclVat = document.pricesIncludeVat;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {t.linesTitle}
      </h2>
      {/* Focusable (and named by the heading): on a phone the table scrolls sideways inside this
          box and holds no link or button, so a keyboard user must be able to reach it to scroll. */}
      <TableCard
        caption={t.linesCaption}
        tableClassName={tableClassName}
        scrollRegion={{ "aria-labelledby": headingId }}
      >
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className={cell}>
              {t.description}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t.quantity}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {inclVat ? t.unitPriceInclVat : t.unitPrice}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t.discount}
            </th>
            {document.vatExempt ? null : (
              <th scope="col" className={`${cell} text-right`}>
                {t.vat}
              </th>
            )}
            <th scope="col" className={`${cell} text-right`}>
              {inclVat ? t.amountInclVat : t.amount}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((line) => (
            <tr key={line.key} className={line.deduction ? "bg-slate-50 text-slate-700" : undefined}>
              <td className={`${cell} whitespace-pre-line break-words`}>{line.description}</td>
              <td className={right}>
                {formatQuantity(line.quantityMilli, sep)}{" "}
                {unitForQuantity(line.unit, line.quantityMilli, locale, unitLabels)}
              </td>
              <td className={right}>{money(line.unitPriceCents)}</td>
              <td className={right}>
                {line.discount === null
                  ? "—"
                  : line.discount.kind === "PERCENT"
                    ? formatVatRate(line.discount.value, locale)
                    : money(line.discount.value)}
              </td>
              {document.vatExempt ? null : <td className={right}>{vatColumnText(line, locale, false)}</td>}
              <td className={right}>{money(line.netCents)}</td>
            </tr>
          ))}
        </tbody>
      </TableCard>
      {inclVat ? <p className="mt-2 text-sm text-slate-600">{t.pricesIncludeVat}</p> : null}
      {document.depositPercentBps ? (
        <p className="mt-2 text-sm text-slate-600">
          {format(t.depositShare, { percent: formatVatRate(document.depositPercentBps, locale) })}
        </p>
      ) : null}
    </section>
  );
}
