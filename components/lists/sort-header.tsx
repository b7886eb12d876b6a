import Link from "next/link";
import { listHref } from "./list-href";

type SortHeaderProps = {
  label: string;
  column: string;
  pathname: string;
  params: Record<string, string>;
  sort: string;
  dir: "asc" | "desc";
  className?: string;
};

/** A column header that sorts the list by its column; aria-sort tells the current order. */
export function SortHeader({ label, column, pathname, params, sort, dir, className }: SortHeaderProps) {
  const active = sort === column;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} className={className}>
      <Link
        href={listHref(pathname, params, { sort: column, dir: nextDir, page: null })}
        // Each header's prefetch rendered the whole list again on the server, sorted otherwise.
        prefetch={false}
        className="inline-flex items-center gap-1 hover:text-brand-700"
      >
        {label}
        <span aria-hidden="true" className={active ? "text-brand-700" : "text-slate-300"}>
          {active && dir === "desc" ? "▼" : "▲"}
        </span>
      </Link>
    </th>
  );
}
