import sharp from "sharp";
import { db } from "@/lib/db/prisma";

/** What the settings form posts for a real-looking SAS (every value a string, like FormData). */
export function validSettingsForm(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    legalName: "Atelier Lumière SAS",
    tradeName: "Atelier Lumière",
    legalForm: "SAS",
    legalFormOther: "",
    shareCapital: "10 000,50",
    addressLine1: "12 rue des Lilas",
    addressLine2: "Bâtiment B",
    postalCode: "75011",
    city: "Paris",
    country: "FR",
    siren: "732 829 320",
    siret: "732 829 320 00074",
    rcsCity: "Paris",
    rmNumber: "",
    vatNumber: "FR 44 732829320",
    email: "Compta@Atelier-Lumiere.example",
    phone: "+33 1 23 45 67 89",
    website: "atelier-lumiere.example",
    iban: "fr76 3000 6000 0112 3456 7890 189",
    bic: "bnpafrpp",
    vatRegime: "NORMAL",
    vatOnDebits: "on",
    defaultVatRateBps: "2000",
    paymentTermsDays: "45",
    paymentTermsEndOfMonth: "on",
    latePenaltyText: "",
    earlyPaymentDiscountText: "",
    b2bRecoveryIndemnity: "on",
    quoteValidityDays: "60",
    footerText: "Merci de votre confiance.",
    defaultLanguage: "fr",
    currency: "EUR",
    ...overrides,
  };
}

/** Everything the settings pages can write for an organization, to prove nothing moved. */
export async function settingsSnapshot(organizationId: string) {
  const [settings, numbering, files, auditCount] = await Promise.all([
    db.organizationSettings.findUnique({ where: { organizationId } }),
    db.numberingFormat.findMany({ where: { organizationId }, orderBy: { documentType: "asc" } }),
    db.storedFile.findMany({ where: { organizationId }, orderBy: { id: "asc" }, select: { id: true, sha256: true } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { settings, numbering, files, auditCount };
}

/** Real image files, made with sharp: a coloured rectangle of the given size. */
export async function pngOf(width: number, height: number): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 90, b: 200, alpha: 1 } } })
    .png()
    .toBuffer();
}

export async function jpegOf(width: number, height: number): Promise<Uint8Array> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 20 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export function svgOf(
  body = '<rect width="200" height="100" fill="#0a5"/>',
  size = 'width="200" height="100"',
): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="0 0 200 100">${body}</svg>\n`,
  );
}
