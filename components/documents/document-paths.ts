import type { Messages } from "@/lib/i18n/messages/fr";
import { formatCalendarDay } from "@/lib/dates/format-date";

export type DocumentTypeName = "QUOTE" | "INVOICE" | "DEPOSIT_INVOICE" | "CREDIT_NOTE";

/** Where a document lives: quotes, invoices (deposit invoices included) and credit notes each have their section. */
export function documentSection(type: DocumentTypeName): "/quotes" | "/invoices" | "/credit-notes" {
  if (type === "QUOTE") return "/quotes";
  if (type === "CREDIT_NOTE") return "/credit-notes";
  return "/invoices";
}

export function documentHref(document: { type: DocumentTypeName; id: string }): string {
  return `${documentSection(document.type)}/${document.id}`;
}

/** "Facture F-2026-0001", or "Facture (brouillon)" before a number is given. */
export function documentName(
  document: { type: DocumentTypeName; number: string | null },
  labels: { types: Messages["documentTypes"]; draft: string },
): string {
  const type = labels.types[document.type];
  return document.number ? `${type} ${document.number}` : `${type} (${labels.draft.toLowerCase()})`;
}

/** "2026-03-02" → "2 mars 2026" / "2 Mar 2026" (a calendar day: no time zone shift). */
export function formatDay(day: string | null, locale: "fr" | "en", style: "medium" | "long" = "medium"): string {
  if (!day) return "—";
  return formatCalendarDay(day, locale, style);
}
