import type { ReactNode } from "react";
import { tableCardClass } from "@/components/ui/card";

/** The header row's look, shared by every data table. */
export const tableHeadClass = "border-b border-slate-200 bg-slate-50 text-slate-600";

type TableCardProps = {
  /** What the table holds, for screen readers (visually hidden). */
  caption: ReactNode;
  /** Width rules of the table itself, e.g. "min-w-[48rem]" (it scrolls sideways inside the card). */
  tableClassName?: string;
  /**
   * Makes the scroll box focusable and names it (role region): for a table with no link or
   * button, which a keyboard user could not otherwise scroll sideways on a phone.
   */
  scrollRegion?: { "aria-label": string } | { "aria-labelledby": string };
  /** The <thead> and <tbody>. */
  children: ReactNode;
};

/** A data table in a card: the card scrolls sideways when the table is wider than the screen. */
export function TableCard({ caption, tableClassName, scrollRegion, children }: TableCardProps) {
  const region = scrollRegion ? { tabIndex: 0, role: "region", ...scrollRegion } : {};
  return (
    <div className={tableCardClass} {...region}>
      <table className={["w-full text-left text-sm", tableClassName].filter(Boolean).join(" ")}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
