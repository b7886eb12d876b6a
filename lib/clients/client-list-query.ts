import { z } from "zod";
import { firstValues, idFilter, listQuerySchema } from "@/lib/lists/list-query";
import { clientKinds } from "./client-schema";

// The client list's URL state: ?q=&sort=&dir=&page= (lib/lists) plus three filters. Like every
// list, a bad value falls back to its default instead of failing the page.

export const clientSorts = ["name", "createdAt", "city"] as const;
export type ClientSort = (typeof clientSorts)[number];

export const clientStatuses = ["active", "archived", "all"] as const;
export type ClientStatus = (typeof clientStatuses)[number];

export const clientListQuery = listQuerySchema(clientSorts, { sort: "name", dir: "asc" }).extend({
  /** A group id; one of another organization simply matches nothing. */
  group: idFilter,
  status: z.enum(clientStatuses).catch("active").default("active"),
  kind: z
    .enum(["", ...clientKinds])
    .catch("")
    .default(""),
});

export type ClientListQuery = z.output<typeof clientListQuery>;

/** Next.js searchParams (or an already parsed query) → a complete, safe query. */
export function parseClientListQuery(params: Record<string, unknown>): ClientListQuery {
  const strings = firstValues(
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === "number" ? String(value) : value]),
    ) as Record<string, string | string[] | undefined>,
  );
  return clientListQuery.parse(strings);
}

/** The URL parameters of a query that differ from the defaults (for links that keep the state). */
export function clientListParams(query: ClientListQuery): Record<string, string> {
  const defaults = clientListQuery.parse({});
  const params: Record<string, string> = {};
  for (const key of ["q", "sort", "dir", "group", "status", "kind"] as const) {
    if (query[key] !== defaults[key]) params[key] = String(query[key]);
  }
  return params;
}
