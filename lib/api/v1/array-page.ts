import type { Page } from "@/lib/lists/list-query";
import type { PageWindow } from "../pagination";

/**
 * A page of a list a lib/ function returns whole (an organization's client groups, one
 * invoice's payments: a handful each), in the list functions' shape: a page past the end is
 * the last page, which pageAnswer then answers as an empty one.
 */
export function arrayPage<Item>(items: readonly Item[], window: PageWindow): Page<Item> {
  const pageCount = Math.max(1, Math.ceil(items.length / window.pageSize));
  const page = Math.min(window.page, pageCount);
  const start = (page - 1) * window.pageSize;
  return {
    items: items.slice(start, start + window.pageSize),
    total: items.length,
    page,
    pageSize: window.pageSize,
    pageCount,
  };
}
