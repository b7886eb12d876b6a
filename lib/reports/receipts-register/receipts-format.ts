import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// The receipts register downloads as the tables' CSV or XLSX, or as a PDF to print and keep:
// ?format=csv (default) | xlsx | pdf. Anything else is the tables' "format_invalid".

export const RECEIPTS_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type ReceiptsFormat = (typeof RECEIPTS_FORMATS)[number];

const receiptsFormatSchema = z.enum(RECEIPTS_FORMATS, { error: "format_invalid" }).default("csv");

export function parseReceiptsFormat(value: string | null | undefined): ReceiptsFormat {
  const parsed = receiptsFormatSchema.safeParse(value ?? undefined);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION", "format_invalid", "Unknown file format", {
    fieldErrors: { format: ["format_invalid"] },
  });
}
