import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { Page } from "@/lib/lists/list-query";

// Cursor pagination for list endpoints: ?limit=1..100 (25 by default) and the opaque `cursor`
// of the previous answer; the answer is { data, nextCursor } (null on the last page). The
// cursor carries the page position over the same list functions the pages use, so a list's
// filters, search and order are the app's own; clients must not build cursors themselves.

export const API_PAGE_SIZE = 25;
export const API_MAX_PAGE_SIZE = 100;

/** Spread into a list endpoint's query schema. */
export const paginationQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_PAGE_SIZE)
    .default(API_PAGE_SIZE)
    .describe(`Items per page, 1–${API_MAX_PAGE_SIZE}.`),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page; absent for the first page."),
};

/** The response schema of a list of items. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    data: z.array(item),
    nextCursor: z.string().nullable().describe("Pass it as `cursor` for the next page; null on the last page."),
  });
}

export type PageWindow = { page: number; pageSize: number };

const cursorContent = z.strictObject({ p: z.int().min(1).max(1_000_000), s: z.int().min(1).max(API_MAX_PAGE_SIZE) });

const invalidCursor = () =>
  new AppError("VALIDATION", "invalid_input", "Some fields are invalid", {
    fieldErrors: { cursor: ["invalid_cursor"] },
  });

/** The page a request asks for; a cursor keeps the page size it was made with. */
export function pageWindowOf(query: { limit: number; cursor?: string | undefined }): PageWindow {
  if (query.cursor === undefined) return { page: 1, pageSize: query.limit };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(query.cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const parsed = cursorContent.safeParse(decoded);
  if (!parsed.success) throw invalidCursor();
  return { page: parsed.data.p, pageSize: parsed.data.s };
}

function encodeCursor(window: PageWindow): string {
  return Buffer.from(JSON.stringify({ p: window.page, s: window.pageSize })).toString("base64url");
}

/**
 * A list function's page → the API's answer. The list functions show the last page for a page
 * past the end; the API answers an empty page there instead (a shrinking list never loops).
 */
export function pageAnswer<Item, Out>(
  page: Page<Item>,
  window: PageWindow,
  map: (item: Item) => Out,
): { data: Out[]; nextCursor: string | null } {
  if (page.page !== window.page) return { data: [], nextCursor: null };
  const hasMore = page.page < page.pageCount;
  return {
    data: page.items.map(map),
    nextCursor: hasMore ? encodeCursor({ page: page.page + 1, pageSize: window.pageSize }) : null,
  };
}
