import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { addDays, calendarDate, dateFromCalendar } from "./calendar-date";
import { documentArticleNotFound, documentClientArchived, documentClientNotFound } from "./document-errors";
import type { VatContext } from "@/lib/vat/vat-categories";
import type { DocumentInput } from "./document-schema";
import type { LineContent } from "./draft-content";

// Where a draft's unset fields come from: the client first (payment terms, language), then
// the organization's settings (terms, language, VAT regime, currency, quote validity). Read
// inside the saving transaction.

const clientSelect = {
  id: true,
  kind: true,
  vatNumber: true,
  billingCountry: true,
  archivedAt: true,
  paymentTermsDays: true,
  paymentTermsEndOfMonth: true,
  language: true,
} as const satisfies Prisma.ClientSelect;

const settingsSelect = {
  vatRegime: true,
  paymentTermsDays: true,
  paymentTermsEndOfMonth: true,
  quoteValidityDays: true,
  defaultLanguage: true,
  currency: true,
} as const satisfies Prisma.OrganizationSettingsSelect;

export type DraftClient = Prisma.ClientGetPayload<{ select: typeof clientSelect }>;
export type DraftSettings = Prisma.OrganizationSettingsGetPayload<{ select: typeof settingsSelect }>;

/** An organization that never saved its settings gets the settings' own defaults. */
const defaultSettings: DraftSettings = {
  vatRegime: "NORMAL",
  paymentTermsDays: 30,
  paymentTermsEndOfMonth: false,
  quoteValidityDays: 30,
  defaultLanguage: "fr",
  currency: "EUR",
};

/**
 * The draft's client (of the organization; an archived one only when `allowArchived`: a draft
 * keeps the client it already had) and the organization's settings.
 */
export async function draftContext(
  tx: Prisma.TransactionClient,
  organizationId: string,
  clientId: string,
  options: { allowArchived: boolean },
): Promise<{ client: DraftClient; settings: DraftSettings }> {
  const [client, settings] = await Promise.all([
    tx.client.findFirst({ where: { id: clientId, organizationId }, select: clientSelect }),
    tx.organizationSettings.findUnique({ where: { organizationId }, select: settingsSelect }),
  ]);
  if (!client) throw documentClientNotFound();
  if (client.archivedAt && !options.allowArchived) throw documentClientArchived();
  return { client, settings: settings ?? defaultSettings };
}

/** Lines may name only articles of the organization (the composite foreign key says so too). */
export async function assertArticlesOfOrganization(
  tx: Prisma.TransactionClient,
  organizationId: string,
  lines: readonly Pick<LineContent, "articleId">[],
): Promise<void> {
  const ids = [...new Set(lines.map((line) => line.articleId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  const found = await tx.article.findMany({ where: { organizationId, id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((article) => article.id));
  const unknown = lines.flatMap((line, index) =>
    line.articleId !== null && !known.has(line.articleId) ? [index] : [],
  );
  if (unknown.length > 0) throw documentArticleNotFound(unknown);
}

/** True when the raw input has a non-blank value for `key` (the schema turns a blank language into "fr"). */
export function hasRawValue(rawInput: unknown, key: string): boolean {
  if (typeof rawInput !== "object" || rawInput === null) return false;
  const value = (rawInput as Record<string, unknown>)[key];
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

/** The columns of a draft's editable fields, blanks filled in from the client and the settings. */
export function draftFields(
  type: DocumentType,
  input: DocumentInput,
  context: { client: DraftClient; settings: DraftSettings },
  options: { languageGiven: boolean },
) {
  const { client, settings } = context;
  const termsFromInput = input.paymentTermsDays !== null;
  const termsFromClient = !termsFromInput && client.paymentTermsDays !== null;
  const paymentTermsDays = termsFromInput
    ? input.paymentTermsDays
    : termsFromClient
      ? client.paymentTermsDays
      : settings.paymentTermsDays;
  const paymentTermsEndOfMonth = termsFromInput
    ? input.paymentTermsEndOfMonth
    : termsFromClient
      ? (client.paymentTermsEndOfMonth ?? false)
      : settings.paymentTermsEndOfMonth;
  const language = options.languageGiven ? input.language : (client.language ?? settings.defaultLanguage);
  const validUntil =
    type !== "QUOTE"
      ? null
      : (input.validUntil ?? addDays(input.issueDate ?? calendarDate(), settings.quoteValidityDays));
  // Nothing is due on a quote or a credit note.
  const dueDate = type === "QUOTE" || type === "CREDIT_NOTE" ? null : input.dueDate;
  const date = (day: string | null) => (day ? dateFromCalendar(day) : null);
  return {
    clientId: client.id,
    title: input.title,
    issueDate: date(input.issueDate),
    serviceDate: date(input.serviceDate),
    dueDate: date(dueDate),
    validUntil: date(validUntil),
    paymentTermsDays,
    paymentTermsEndOfMonth,
    purchaseOrderNumber: input.purchaseOrderNumber,
    deliveryAddress: input.deliveryAddress,
    notes: input.notes,
    language: language === "en" ? "en" : "fr",
    currency: settings.currency,
  } satisfies Partial<Prisma.DocumentUncheckedCreateInput>;
}

/** What the VAT rule table's defaults read (lib/vat/vat-categories.ts). */
export function vatContextOf(context: { client: DraftClient; settings: DraftSettings }): VatContext {
  return {
    vatRegime: context.settings.vatRegime,
    client: { country: context.client.billingCountry, kind: context.client.kind, vatNumber: context.client.vatNumber },
  };
}

/** VAT franchise (art. 293 B du CGI): the organization's regime decides, for every new save. */
export function vatExemptOf(settings: Pick<DraftSettings, "vatRegime">): boolean {
  return settings.vatRegime === "FRANCHISE";
}
