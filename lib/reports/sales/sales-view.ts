import { z } from "zod";
import { parseInput } from "@/lib/errors/validation";

// Which way the sales report is cut: ?by=client (default), article or month. Anything else is a
// field error on `by` ("sales_view_unknown"), never a silent default: a bookmarked link with a
// typo should say so.

export const SALES_VIEWS = ["client", "article", "month"] as const;
export type SalesView = (typeof SALES_VIEWS)[number];

export const salesViewErrors = { unknown: "sales_view_unknown" } as const;

export const salesViewInput = z.object({
  by: z.enum(SALES_VIEWS, { error: salesViewErrors.unknown }).default("client"),
});

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The view of the report's parameters; throws a VALIDATION AppError on `by` for an unknown one. */
export function resolveSalesView(params: Record<string, unknown>): SalesView {
  const asked = firstValue(params.by);
  // An empty parameter is an absent one (a form submits its field even when blank).
  const by = typeof asked === "string" && asked.trim() !== "" ? asked.trim() : undefined;
  return parseInput(salesViewInput, { by }).by;
}
