import Link from "next/link";
import { listHref } from "./list-href";

type PaginationProps = {
  pathname: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  total: number;
  labels: { navigation: string; previous: string; next: string; pageOf: string; results: string };
};

/**
 * Page links that keep the list's other parameters; plain links, so they work without JS. Not
 * prefetched: each prefetch would render another page of the list on the server, unasked.
 */
export function Pagination({ pathname, params, page, pageCount, total, labels }: PaginationProps) {
  const pages = visiblePages(page, pageCount);
  const linkClass =
    "rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white";
  return (
    <nav aria-label={labels.navigation} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600">
        {labels.results.replace("{count}", String(total))} ·{" "}
        {labels.pageOf.replace("{page}", String(page)).replace("{count}", String(pageCount))}
      </p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {page > 1 ? (
            <Link
              prefetch={false}
              className={linkClass}
              href={listHref(pathname, params, { page: page - 1 })}
              rel="prev"
            >
              {labels.previous}
            </Link>
          ) : (
            <span className="px-3 py-1.5 text-slate-400" aria-disabled="true">
              {labels.previous}
            </span>
          )}
        </li>
        {pages.map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-400">
              …
            </li>
          ) : (
            <li key={number}>
              <Link
                prefetch={false}
                className={linkClass}
                href={listHref(pathname, params, { page: number === 1 ? null : number })}
                aria-current={number === page ? "page" : undefined}
              >
                {number}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              prefetch={false}
              className={linkClass}
              href={listHref(pathname, params, { page: page + 1 })}
              rel="next"
            >
              {labels.next}
            </Link>
          ) : (
            <span className="px-3 py-1.5 text-slate-400" aria-disabled="true">
              {labels.next}
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const number of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === "number" && number - previous > 1) result.push(null);
    result.push(number);
  }
  return result;
}
