import { formatVatRate } from "@/lib/money/vat-rates";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";
import { VAT_CATEGORY_SHORT, type VatCategory } from "@/lib/vat/vat-categories";

/**
 * A line's or a VAT group's VAT column: the rate for standard-rated VAT, the category's short
 * name otherwise ("Autoliq.", "Export"…: its mention says why); "—" under the 293 B franchise,
 * where the document has no VAT at all. The PDF, the document page and the public page print it.
 */
export function vatColumnText(
  group: { vatCategory: VatCategory; vatRateBps: number },
  language: DocumentLanguage,
  franchise: boolean,
): string {
  if (franchise) return "—";
  if (group.vatCategory === "S") return formatVatRate(group.vatRateBps, language);
  return VAT_CATEGORY_SHORT[language][group.vatCategory];
}
