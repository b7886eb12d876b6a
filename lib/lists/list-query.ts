import { z } from "zod";
import { stripControlCharacters } from "@/lib/validation/control-characters";
import { recordId } from "@/lib/validation/record-id";

// Lists read their state from the URL (?q=&sort=&dir=&page=), so a filtered page can be
// bookmarked and shared. A bad parameter falls back to its default: a URL never errors.

export const PAGE_SIZE = 25;
export const MAX_PAGE = 10_000;

export type SortDirection = "asc" | "desc";

export type ListQuery<Sort extends string> = {
  q: string;
  sort: Sort;
  dir: SortDirection;
  page: number;
  pageSize: number;
};

/** The search box: control characters are dropped ("a%00b" searches "ab"), never sent to SQL. */
export const searchText = z
  .string()
  .transform(stripControlCharacters)
  .pipe(z.string().trim().max(200))
  .catch("")
  .default("");

/** An id filter (a select, a link): one that cannot be an id is no filter; another tenant's matches nothing. */
export const idFilter = recordId.or(z.literal("")).catch("").default("");

export function listQuerySchema<const Sorts extends readonly [string, ...string[]]>(
  sorts: Sorts,
  defaults: { sort: Sorts[number]; dir: SortDirection },
) {
  return z.object({
    q: searchText,
    sort: z.enum(sorts).catch(defaults.sort).default(defaults.sort),
    dir: z.enum(["asc", "desc"]).catch(defaults.dir).default(defaults.dir),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1),
    pageSize: z.coerce.number().int().min(5).max(100).catch(PAGE_SIZE).default(PAGE_SIZE),
  });
}

/** Next.js searchParams → plain strings (first value of repeated keys). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") result[key] = first;
  }
  return result;
}

export type Page<Item> = { items: Item[]; total: number; page: number; pageSize: number; pageCount: number };

export function pageOf<Item>(items: Item[], total: number, query: { page: number; pageSize: number }): Page<Item> {
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** Prisma skip/take for a page (offset pagination on indexed sort columns). */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}
