import { controlClassName } from "@/components/forms/field-parts";

// The line editor's two layouts, chosen by the width of the lines' container (a container
// query, not the screen's: the sidebar takes its share): a stacked card of labelled fields
// where it is narrow, one compact row per line under column headers where the whole row fits
// (58rem: 1280 px wide screens and up). Header and rows share one column template, fixed
// except the article and the designation, so their columns line up without a table.
// Tailwind reads class names from the source: every one is written out in full.

/** Columns: move/remove, article, designation, quantity, unit, unit price, VAT, discount, total, details. */
export const lineColumns =
  "@min-[58rem]:grid-cols-[4.75rem_minmax(5.5rem,3fr)_minmax(8rem,5fr)_4rem_4.5rem_5.5rem_6rem_7.5rem_5.5rem_1.75rem]";
/** The same without the VAT column (VAT franchise). */
export const lineColumnsNoVat =
  "@min-[58rem]:grid-cols-[4.75rem_minmax(5.5rem,3fr)_minmax(8rem,5fr)_4rem_4.5rem_5.5rem_7.5rem_5.5rem_1.75rem]";

/** Gaps and padding shared by the header and the rows, so the columns line up. */
export const lineGridSpacing = "@min-[58rem]:gap-x-1.5 @min-[58rem]:px-2";

/** A field's label: above the control in the card, for screen readers only in the row (the column header shows it). */
export const lineLabelClassName = "block text-sm font-medium text-slate-800 @min-[58rem]:sr-only";

/** A control: the form's everywhere, smaller in the row (16 px text on phones keeps iOS from zooming in). */
export const lineControlClassName = `${controlClassName} @min-[58rem]:mt-0 @min-[58rem]:rounded-md @min-[58rem]:px-2 @min-[58rem]:py-1.5 @min-[58rem]:text-sm`;
