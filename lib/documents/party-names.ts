import type { ClientSnapshot, SellerSnapshot } from "./document-snapshots";

// How a document names its parties, the same on the PDF, the public page and the e-invoice.

/** The seller's legal name; a sole trader's carries "EI" (loi 2022-172). */
export function sellerLegalName(seller: Pick<SellerSnapshot, "legalName" | "legalForm">): string {
  const name = seller.legalName.trim();
  return seller.legalForm === "EI" && !/\bEI\b/.test(name) ? `${name} EI` : name;
}

/** A company by its legal name, a person by first and last names, else the client's name. */
export function clientLegalName(
  client: Pick<ClientSnapshot, "kind" | "name" | "legalName" | "firstName" | "lastName">,
): string {
  if (client.kind === "COMPANY") return client.legalName?.trim() || client.name.trim();
  const person = [client.firstName, client.lastName].map((part) => part?.trim()).filter(Boolean);
  return person.join(" ") || client.name.trim();
}
