import { z } from "zod";
import { MAX_PAGE } from "@/lib/lists/list-query";

// The receipts register page's ?page= (from 1), read like the lists' (lib/lists/list-query.ts):
// anything but a whole number from 1 to MAX_PAGE is page 1, never an error. A page past the
// end shows the last one (receiptsRegisterPage).

const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1);

export function parseReceiptsPageNumber(value: string | string[] | undefined): number {
  return pageNumber.parse(Array.isArray(value) ? value[0] : value);
}
