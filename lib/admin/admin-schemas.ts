import { z } from "zod";

export const ADMIN_PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 100;

// Lists are read from the URL (?q=…&page=…): a bad value falls back to the default rather
// than failing the page, and an over-long query is cut instead of refused.
export const adminListInput = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, MAX_QUERY_LENGTH))
    .catch(""),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

/** Raw search params: anything (a string, an array, nothing) is accepted and normalised. */
export type AdminListInput = { q?: unknown; page?: unknown };

export const setDisabledInput = z.object({
  id: z.string({ error: "required" }).min(1, "required").max(64, "too_long"),
  disabled: z.boolean({ error: "required" }),
});

/** One page of an admin list, with what the pagination needs. */
export type AdminPage<Item> = {
  items: Item[];
  q: string;
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
};

/** The page actually shown: past the end shows the last page (never a negative skip). */
export function pageWindow(requested: number, total: number): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return { page, pageCount, skip: (page - 1) * ADMIN_PAGE_SIZE };
}
