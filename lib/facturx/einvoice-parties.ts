import type { AddressSnapshot, ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import { clientLegalName, sellerLegalName } from "@/lib/documents/party-names";
import type { BuyerTreatment, EInvoiceAddress, EInvoiceParty, ElectronicAddress } from "./einvoice";

// The seller (BG-4) and the buyer (BG-7) of the e-invoice, from the snapshots frozen at issue.
//
// Identifiers, as the French rules read them:
// - SIREN: legal registration identifier (BT-30 / BT-47) with scheme 0002, 9 digits (BR-FR-10,
//   BR-FR-32); SIRET: party identifier (BT-29 / BT-46) with scheme 0009, 14 digits starting with
//   the SIREN (BR-FR-09), written only when it is coherent.
// - Electronic address (BT-34 / BT-49, mandatory for both parties: BR-FR-13, BR-FR-12): the
//   SIREN in the French directory scheme 0225 (BR-FR-21 wants exactly that for a B2B buyer).
//   A buyer without a SIREN — a consumer, a business abroad — is not in that directory: its
//   address is then its email with the EAS scheme EM (allowed by BR-CL-25; BR-FR-23 constrains
//   only 0225 addresses). A buyer with neither cannot get a valid e-invoice: einvoiceProblems
//   says so before issue instead of inventing an address.
// - VAT identifier (BT-31 / BT-48, scheme VA). A seller under the VAT franchise usually has none,
//   yet BR-E-02 (and BR-S-02, BR-Z-02, BR-AE-02) want a seller VAT identifier OR tax registration
//   identifier (BT-32, scheme FC): the SIREN is the identifier the French tax administration
//   knows a business by, so it is the FC one. An invoice with a line outside the scope of VAT (O)
//   must carry no VAT identifier at all (BR-O-02).
//
// The BAR note says how the platforms treat the invoice (BR-FR-20): B2B for a business client in
// France (its SIREN then mandatory: BR-FR-11), B2BINT for a business client abroad, B2C for a
// consumer (buyerTreatment).

/** "123 456 789" → "123456789"; blank → null. */
export function compact(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, "") ?? "";
  return text === "" ? null : text;
}

export const isSiren = (value: string | null): value is string => value !== null && /^\d{9}$/.test(value);

/** A SIRET the French rules accept for this SIREN (BR-FR-09). */
export const isSiretOf = (siret: string | null, siren: string | null): siret is string =>
  siret !== null && /^\d{14}$/.test(siret) && siret.startsWith(siren ?? "");

export function vatNumberOf(value: string | null | undefined): string | null {
  return compact(value)?.toUpperCase() ?? null;
}

export function countryOf(country: string | null | undefined): string {
  return country?.trim().toUpperCase() || "FR";
}

function address(snapshot: AddressSnapshot): EInvoiceAddress {
  return {
    line1: snapshot.line1?.trim() || null,
    line2: snapshot.line2?.trim() || null,
    line3: null,
    postalCode: snapshot.postalCode?.trim() || null,
    city: snapshot.city?.trim() || null,
    country: countryOf(snapshot.country),
  };
}

/**
 * BR-FR-20: B2C for a consumer; B2B for a business in France or with a SIREN (it is in the French
 * directory, wherever its billing address); B2BINT otherwise — Monaco included: it shares the
 * French VAT territory, not the French e-invoicing network, and its companies have no SIREN.
 */
export function buyerTreatment(client: Pick<ClientSnapshot, "kind" | "siren" | "billingAddress">): BuyerTreatment {
  if (client.kind === "INDIVIDUAL") return "B2C";
  return isSiren(compact(client.siren)) || countryOf(client.billingAddress.country) === "FR" ? "B2B" : "B2BINT";
}

// Names as the PDF prints them (lib/documents/party-names.ts): BT-44 and BT-27.
export const buyerName = clientLegalName;
export const sellerName = sellerLegalName;

/** Where the buyer receives e-invoices: its SIREN in the French directory, else its email. */
export function buyerElectronicAddress(client: ClientSnapshot): ElectronicAddress | null {
  const siren = client.kind === "COMPANY" ? compact(client.siren) : null;
  if (isSiren(siren)) return { scheme: "0225", id: siren };
  const email = client.emails.map((value) => value.trim()).find((value) => value !== "");
  return email ? { scheme: "EM", id: email } : null;
}

/** `vatIdentifiers` false: an invoice with O lines (BR-O-02). */
export function sellerParty(seller: SellerSnapshot, vatIdentifiers: boolean): EInvoiceParty {
  const siren = compact(seller.siren);
  const siret = compact(seller.siret);
  const vatNumber = vatIdentifiers ? vatNumberOf(seller.vatNumber) : null;
  const email = seller.email?.trim() || null;
  const phone = seller.phone?.trim() || null;
  return {
    name: sellerName(seller),
    tradeName: seller.tradeName?.trim() || null,
    siret: isSiretOf(siret, siren) ? siret : null,
    siren,
    vatNumber,
    taxRegistrationId: vatIdentifiers && !vatNumber ? siren : null,
    address: address(seller.address),
    electronicAddress: siren ? { scheme: "0225", id: siren } : null,
    contact: email || phone ? { email, phone } : null,
  };
}

export function buyerParty(client: ClientSnapshot, vatIdentifiers: boolean): EInvoiceParty {
  const business = client.kind === "COMPANY";
  const siren = business ? compact(client.siren) : null;
  const siret = business ? compact(client.siret) : null;
  return {
    name: buyerName(client),
    tradeName: null,
    siret: isSiretOf(siret, siren) ? siret : null,
    siren,
    vatNumber: vatIdentifiers ? vatNumberOf(client.vatNumber) : null,
    taxRegistrationId: null,
    address: address(client.billingAddress),
    electronicAddress: buyerElectronicAddress(client),
    contact: null,
  };
}

/** A delivery address typed as text: its lines (the rest joined on the third), in the buyer's country. */
function textAddress(text: string, country: string): EInvoiceAddress {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    line1: lines[0] ?? null,
    line2: lines[1] ?? null,
    line3: lines.length > 2 ? lines.slice(2).join(", ") : null,
    postalCode: null,
    city: null,
    country,
  };
}

/**
 * BG-13: the delivery address when the document has one. `required` (an intra-community supply:
 * BR-IC-12 wants the deliver-to country) falls back on the buyer's own address — goods go to the
 * buyer unless the document says otherwise.
 */
export function shipToOf(client: ClientSnapshot, required: boolean): { name: string; address: EInvoiceAddress } | null {
  const delivery = client.deliveryAddress;
  const name = buyerName(client);
  const buyerCountry = countryOf(client.billingAddress.country);
  if (typeof delivery === "string" && delivery.trim() !== "") {
    return { name, address: textAddress(delivery, buyerCountry) };
  }
  if (delivery && typeof delivery === "object") return { name, address: address(delivery) };
  return required ? { name, address: address(client.billingAddress) } : null;
}
