import type { AddressSnapshot } from "@/lib/documents/document-snapshots";
import type { DocumentLanguage } from "@/lib/organization-settings/settings-options";

// An address as the lines a document prints (PDF and public page alike): street lines, postal
// code and city, and the country by name in the document's language — left out for France,
// the organizations' own country, as French invoices do.

function countryName(code: string | null, language: DocumentLanguage): string | null {
  if (!code || code === "FR") return null;
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function addressLines(address: AddressSnapshot, language: DocumentLanguage): string[] {
  return [
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter((part) => part && part.trim() !== "").join(" "),
    countryName(address.country, language),
  ].filter((line): line is string => typeof line === "string" && line.trim() !== "");
}
