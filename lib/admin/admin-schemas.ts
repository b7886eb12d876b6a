import { z } from "zod";
import { firstValues, listQuerySchema, type ListQuery, type Page } from "@/lib/lists/list-query";

// Admin lists read ?q=&sort=&dir=&page= like every list (lib/lists): a bad value falls back
// to its default instead of failing the page. Newest first unless asked otherwise.
export const userListQuery = listQuerySchema(["createdAt", "name", "email"], { sort: "createdAt", dir: "desc" });
export const organizationListQuery = listQuerySchema(["createdAt", "name", "members"], {
  sort: "createdAt",
  dir: "desc",
});

/** Raw search params (Next.js gives strings, arrays or nothing). */
export type AdminListParams = Record<string, string | string[] | undefined>;

export function parseListParams<Schema extends z.ZodType>(schema: Schema, params: AdminListParams): z.infer<Schema> {
  return schema.parse(firstValues(params));
}

export type AdminPage<Item, Sort extends string> = Page<Item> & { query: ListQuery<Sort> };

/** The page actually shown: past the end shows the last page rather than an empty one. */
export function clampPage<Sort extends string>(query: ListQuery<Sort>, total: number): ListQuery<Sort> {
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  return { ...query, page: Math.min(query.page, pageCount) };
}

export const setDisabledInput = z.object({
  id: z.string({ error: "required" }).min(1, "required").max(64, "too_long"),
  disabled: z.boolean({ error: "required" }),
});
