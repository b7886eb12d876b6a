import { z } from "zod";
import { firstValues, listQuerySchema, type ListQuery } from "@/lib/lists/list-query";
import { RECURRING_STATUSES, type RecurringStatusValue } from "./recurring-types";

// The recurring invoices list's URL (?q=&status=&sort=&dir=&page=), read by the page and the
// tests with this schema. Bad values fall back to their defaults: a URL never errors.

export const recurringSorts = ["name", "nextDate", "createdAt"] as const;
export type RecurringSort = (typeof recurringSorts)[number];

export const recurringListQuery = listQuerySchema(recurringSorts, { sort: "name", dir: "asc" }).extend({
  // Blank: every status.
  status: z
    .preprocess((value) => (value === "" ? undefined : value), z.enum(RECURRING_STATUSES).optional())
    .catch(undefined),
});

export type RecurringListQuery = ListQuery<RecurringSort> & { status?: RecurringStatusValue };

/** Next.js searchParams (or an already parsed query) → a complete, safe query. */
export function parseRecurringListQuery(params: Record<string, unknown>): RecurringListQuery {
  const strings = firstValues(
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === "number" ? String(value) : value]),
    ) as Record<string, string | string[] | undefined>,
  );
  return recurringListQuery.parse(strings);
}

/** The query back as URL parameters, defaults left out (for links). */
export function recurringListParams(query: RecurringListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  if (query.status) params.status = query.status;
  if (query.sort !== "name") params.sort = query.sort;
  if (query.dir !== "asc") params.dir = query.dir;
  return params;
}
