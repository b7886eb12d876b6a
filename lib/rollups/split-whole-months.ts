import { monthEnd, monthStart, type DateRange } from "@/lib/dashboard/dashboard-period";
import { addDays } from "@/lib/documents/calendar-date";

// A date range as the whole calendar months it covers (read from monthly rollups) and the
// days left at either end (read from the documents): 15 Jan → 10 Apr is Feb–Mar whole, plus
// 15–31 Jan and 1–10 Apr. Pure, shared by the server and its tests.

export type WholeMonthsSplit = {
  /** First days of the first and last whole months, or null when the range holds none. */
  months: DateRange | null;
  /** The days outside them (0, 1 or 2 ranges; the whole range when there is no whole month). */
  edges: DateRange[];
};

export function splitWholeMonths(range: DateRange): WholeMonthsSplit {
  const first = range.from === monthStart(range.from) ? range.from : monthStart(range.from, 1);
  const last = range.to === monthEnd(range.to) ? monthStart(range.to) : monthStart(range.to, -1);
  if (first > last) return { months: null, edges: [{ from: range.from, to: range.to }] };
  const edges: DateRange[] = [];
  if (range.from < first) edges.push({ from: range.from, to: addDays(first, -1) });
  const lastDay = monthEnd(last);
  if (lastDay < range.to) edges.push({ from: addDays(lastDay, 1), to: range.to });
  return { months: { from: first, to: last }, edges };
}
