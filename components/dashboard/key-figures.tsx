import Link from "next/link";
import type { KeyFigures } from "@/lib/dashboard/compute-key-figures";
import type { DashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { figureChange, pointsChange, type FigureChange } from "@/lib/dashboard/figure-change";
import { figureLinks } from "@/lib/dashboard/figure-links";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { DashboardMessages } from "@/lib/i18n/messages/dashboard-fr";
import { formatMoney } from "@/lib/money/format-money";

// The key figure cards: each one a link to the list it summarizes (figure-links.ts), with its
// detail and, for the period's figures, the change from the previous period in words.

type KeyFiguresProps = {
  figures: KeyFigures;
  period: DashboardPeriod;
  locale: Locale;
  labels: DashboardMessages;
};

type Card = {
  key: keyof DashboardMessages["figures"];
  value: string;
  href: string;
  detail?: React.ReactNode;
  /** The previous period's figure in words; absent for figures of today. */
  comparison?: string;
};

type ChangeTexts = { up: string; down: string; same: string; new: string };

function changeText(change: FigureChange, values: { previous: string; date?: string }, texts: ChangeTexts): string {
  const percent = change.kind === "up" || change.kind === "down" ? change.percent : 0;
  // Rates move in points: the same number under the name their texts use.
  return format(texts[change.kind], { ...values, percent, points: percent });
}

function FigureCard({ card, labels }: { card: Card; labels: DashboardMessages }) {
  return (
    <li className="flex min-w-0 flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4">
      <Link
        prefetch={false}
        href={card.href}
        className="group flex flex-col rounded-md focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <span className="text-sm font-medium text-slate-600 group-hover:text-brand-700 group-hover:underline">
          {labels.figures[card.key]}
        </span>
        <span className="text-2xl font-semibold break-words text-slate-900 tabular-nums">{card.value}</span>
      </Link>
      {card.detail ? <p className="text-sm text-slate-600">{card.detail}</p> : null}
      <p className="text-xs text-slate-600">{card.comparison ?? labels.today}</p>
    </li>
  );
}

export function KeyFigureCards({ figures, period, locale, labels }: KeyFiguresProps) {
  const money = (cents: number) => formatMoney(cents, locale, figures.currency);
  const day = (value: string) => formatCalendarDay(value, locale);
  const links = figureLinks(period);
  const { current, previous } = figures;
  const periodTexts = {
    up: labels.comparisonUp,
    down: labels.comparisonDown,
    same: labels.comparisonSame,
    new: labels.comparisonNew,
  };
  const balanceTexts = {
    up: labels.balanceUp,
    down: labels.balanceDown,
    same: labels.balanceSame,
    new: labels.balanceNew,
  };
  const moneyComparison = (now: number, before: number) =>
    changeText(figureChange(now, before), { previous: money(before) }, periodTexts);
  const then = figures.previousBalances;
  const balanceComparison = (now: number, before: number) =>
    changeText(figureChange(now, before), { previous: money(before), date: day(then.asOf) }, balanceTexts);
  const percent = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "percent" });
  const rate = (value: number | null) => (value === null ? labels.notAvailable : percent.format(value));
  const days = (value: number | null) =>
    value === null ? labels.notAvailable : format(labels.days, { days: Math.round(value) });
  const pointsTexts = { ...periodTexts, up: labels.pointsUp, down: labels.pointsDown };
  const rateChange = pointsChange(current.acceptanceRate, previous.acceptanceRate);
  const daysChange =
    current.averageDaysToPay !== null && previous.averageDaysToPay !== null
      ? Math.round(current.averageDaysToPay) - Math.round(previous.averageDaysToPay)
      : null;

  const cards: Card[] = [
    {
      key: "invoiced",
      value: money(current.invoicedExclVatCents),
      href: links.invoiced,
      detail:
        current.creditNotesExclVatCents > 0 ? (
          <Link prefetch={false} href={links.creditNotes} className="text-brand-700 underline-offset-2 hover:underline">
            {format(labels.creditNotes, { amount: money(current.creditNotesExclVatCents) })}
          </Link>
        ) : undefined,
      comparison: moneyComparison(current.invoicedExclVatCents, previous.invoicedExclVatCents),
    },
    {
      key: "collected",
      value: money(current.collectedCents),
      href: links.collected,
      comparison: moneyComparison(current.collectedCents, previous.collectedCents),
    },
    {
      key: "outstanding",
      value: money(figures.outstanding.cents),
      href: links.outstanding,
      detail: format(labels.invoicesCount, { count: figures.outstanding.count }),
      comparison: balanceComparison(figures.outstanding.cents, then.outstanding.cents),
    },
    {
      key: "overdue",
      value: money(figures.overdue.cents),
      href: links.overdue,
      detail:
        figures.overdue.count === 0
          ? labels.noOverdue
          : format(labels.overdueDetail, { count: figures.overdue.count, days: figures.overdue.oldestDaysLate ?? 0 }),
      comparison: balanceComparison(figures.overdue.cents, then.overdue.cents),
    },
    {
      key: "quotesSent",
      value: money(current.quotesSentExclVatCents),
      href: links.quotesSent,
      detail: format(labels.quotesCount, { count: current.quotesSentCount }),
      comparison: moneyComparison(current.quotesSentExclVatCents, previous.quotesSentExclVatCents),
    },
    {
      key: "pendingQuotes",
      value: money(figures.pendingQuotes.cents),
      href: links.pendingQuotes,
      detail: format(labels.quotesCount, { count: figures.pendingQuotes.count }),
    },
    {
      key: "acceptanceRate",
      value: rate(current.acceptanceRate),
      href: links.acceptanceRate,
      detail:
        current.quotesAnswered === 0
          ? labels.noAnswer
          : format(labels.acceptanceDetail, { accepted: current.quotesAccepted, answered: current.quotesAnswered }),
      comparison: changeText(rateChange ?? { kind: "new" }, { previous: rate(previous.acceptanceRate) }, pointsTexts),
    },
    {
      key: "daysToPay",
      value: days(current.averageDaysToPay),
      href: links.daysToPay,
      detail: format(labels.paidCount, { count: current.paidInvoices }),
      comparison:
        daysChange === null
          ? format(labels.comparisonNew, { previous: days(previous.averageDaysToPay) })
          : daysChange === 0
            ? format(labels.comparisonSame, { previous: days(previous.averageDaysToPay) })
            : format(daysChange > 0 ? labels.daysUp : labels.daysDown, {
                days: Math.abs(daysChange),
                previous: days(previous.averageDaysToPay),
              }),
    },
  ];

  return (
    <section aria-labelledby="dashboard-figures-title" className="flex flex-col gap-3">
      <div>
        <h2 id="dashboard-figures-title" className="text-lg font-semibold">
          {labels.figuresTitle}
        </h2>
        <p className="text-sm text-slate-600">
          {format(labels.range, { from: day(period.from), to: day(period.to) })},{" "}
          {format(labels.comparedTo, { from: day(period.previous.from), to: day(period.previous.to) })}
        </p>
      </div>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {cards.map((card) => (
          <FigureCard key={card.key} card={card} labels={labels} />
        ))}
      </ul>
    </section>
  );
}
