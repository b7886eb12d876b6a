import { buildArticleData } from "@/lib/articles/article-data";
import { articleInput, type ArticleRawInput } from "@/lib/articles/article-schema";
import { seedClients } from "@/lib/clients/seed-clients";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { organizationSettingsInput } from "@/lib/organization-settings/organization-settings-schema";
import { settingsRowData } from "@/lib/organization-settings/organization-settings-view";

// What a person trying Facturo finds in the demo organization: a complete legal identity (so
// invoices can be issued at once), a dozen clients in groups, and a small catalogue. Every
// row goes through the same schemas as the forms, so the demo never holds what the app would
// refuse. Not audited: nobody did it.

const DEMO_SETTINGS = {
  legalName: "Atelier Démo SARL",
  tradeName: "Atelier Démo",
  legalForm: "SARL",
  shareCapital: "10 000",
  addressLine1: "12 rue des Artisans",
  postalCode: "69003",
  city: "Lyon",
  country: "FR",
  // Valid identifiers (Luhn, VAT key), invented company.
  siren: "732829320",
  siret: "73282932000074",
  rcsCity: "Lyon",
  vatNumber: "FR44732829320",
  email: "contact@atelier-demo.example",
  phone: "04 78 00 00 00",
  iban: "FR76 3000 6000 0112 3456 7890 189",
  bic: "AGRIFRPP",
  vatRegime: "NORMAL",
  defaultVatRateBps: "2000",
  paymentTermsDays: "30",
  b2bRecoveryIndemnity: true,
  quoteValidityDays: "30",
  defaultLanguage: "fr",
  currency: "EUR",
};

const DEMO_ARTICLES: Omit<ArticleRawInput, "description">[] = [
  {
    name: "Journée de développement",
    unit: "day",
    unitPrice: "450,00",
    vatRate: "2000",
    kind: "SERVICE",
    reference: "DEV-J",
  },
  { name: "Heure de conseil", unit: "hour", unitPrice: "85,00", vatRate: "2000", kind: "SERVICE", reference: "CONS-H" },
  {
    name: "Forfait mise en ligne",
    unit: "flat",
    unitPrice: "300,00",
    vatRate: "2000",
    kind: "SERVICE",
    reference: "MEL",
  },
  {
    name: "Maintenance mensuelle",
    unit: "month",
    unitPrice: "120,00",
    vatRate: "2000",
    kind: "SERVICE",
    reference: "MAINT",
  },
  {
    name: "Travaux de rénovation",
    unit: "m2",
    unitPrice: "42,50",
    vatRate: "1000",
    kind: "SERVICE",
    reference: "RENO",
  },
  { name: "Livre technique", unit: "piece", unitPrice: "29,90", vatRate: "550", kind: "GOODS", reference: "LIV" },
];

export const DEMO_CLIENT_COUNT = 12;

/**
 * Fills the demo organization once: when it has no settings yet, so a person's own edits of
 * the demo are never overwritten by the next `npm run dev`.
 */
export async function seedDemoContent(client: PrismaClient, organizationId: string): Promise<boolean> {
  if (await client.organizationSettings.findUnique({ where: { organizationId }, select: { organizationId: true } })) {
    return false;
  }
  const settings = settingsRowData(organizationSettingsInput.parse(DEMO_SETTINGS));
  await seedClients(client, organizationId, DEMO_CLIENT_COUNT);
  await client.article.createMany({
    data: DEMO_ARTICLES.map((raw) =>
      buildArticleData(articleInput.parse({ ...raw, description: null }), organizationId),
    ),
  });
  // Written last: the settings row is the mark that the demo content is there.
  await client.organizationSettings.create({ data: { organizationId, ...settings } });
  return true;
}
