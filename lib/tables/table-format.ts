import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// Which file a report or list export is downloaded as: ?format=csv (default) or ?format=xlsx.

export const TABLE_FORMATS = ["csv", "xlsx"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const tableFormatSchema = z.enum(TABLE_FORMATS, { error: "format_invalid" }).default("csv");

/** The format parameter, or an AppError VALIDATION "format_invalid" (a 400 naming the field). */
export function parseTableFormat(value: string | null | undefined): TableFormat {
  const parsed = tableFormatSchema.safeParse(value ?? undefined);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION", "format_invalid", "Unknown file format", {
    fieldErrors: { format: ["format_invalid"] },
  });
}
