import Link from "next/link";
import { TableCard, tableHeadClass } from "@/components/ui/table-card";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";
import { formatMoney } from "@/lib/money/format-money";
import type { ReceiptsRegister } from "@/lib/reports/receipts-register/receipts-register";

// The receipts register on screen: one row per payment in date order (the invoice number links
// to the invoice), the amount and the running total, the period's total in the footer — the
// rows receiptsTable writes to the files. The page shows one page of them at a time, running
// totals carried over from the previous pages. Plain markup: a server component.

const link = "font-medium break-words text-brand-700 underline-offset-2 hover:underline";

type ReceiptsTableProps = {
  /** The whole register or one page of it (receiptsRegisterPage): the footer is the period's total either way. */
  register: Pick<ReceiptsRegister, "period" | "currency" | "receipts" | "totalCents">;
  locale: Locale;
  labels: Messages["reports"]["receipts"];
  methods: Messages["paymentMethods"];
};

export function ReceiptsTable({ register, locale, labels, methods }: ReceiptsTableProps) {
  const money = (cents: number) => formatMoney(cents, locale, register.currency);
  const caption = format(labels.caption, {
    from: formatCalendarDay(register.period.from, locale, "long"),
    to: formatCalendarDay(register.period.to, locale, "long"),
  });
  return (
    <TableCard caption={caption} tableClassName="min-w-[56rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
      <thead className={tableHeadClass}>
        <tr>
          <th scope="col">{labels.date}</th>
          <th scope="col">{labels.number}</th>
          <th scope="col">{labels.client}</th>
          <th scope="col">{labels.nature}</th>
          <th scope="col">{labels.method}</th>
          <th scope="col">{labels.reference}</th>
          <th scope="col" className="text-right">
            {labels.amount}
          </th>
          <th scope="col" className="text-right">
            {labels.runningTotal}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {register.receipts.map((receipt) => (
          <tr key={receipt.paymentId}>
            <td className="whitespace-nowrap">{formatCalendarDay(receipt.date, locale)}</td>
            <th scope="row" className="font-normal">
              <Link href={`/invoices/${receipt.documentId}`} className={link}>
                {receipt.number}
              </Link>
            </th>
            <td>{receipt.clientName}</td>
            <td>{labels.natures[receipt.nature]}</td>
            <td>{methods[receipt.method]}</td>
            <td className="break-words">{receipt.reference ?? ""}</td>
            <td className="text-right tabular-nums">{money(receipt.amountCents)}</td>
            <td className="text-right tabular-nums text-slate-600">{money(receipt.runningTotalCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-200 bg-slate-50">
        <tr>
          <th scope="row" colSpan={6} className="text-left">
            {labels.totals}
          </th>
          <td className="text-right font-semibold tabular-nums">{money(register.totalCents)}</td>
          <td />
        </tr>
      </tfoot>
    </TableCard>
  );
}
