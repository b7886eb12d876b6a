import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { computeTotals, type TotalsLineInput } from "@/lib/documents/totals/compute-totals";
import { discountOf } from "@/lib/documents/draft-content";
import { calendarDate, addDays, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { DocumentStatus, DocumentType } from "@/lib/generated/prisma/enums";
import { createOrganizationWithMember } from "./factories";
import { actingAs, addMember } from "./member-factories";
import { addClient } from "./client-factories";
import type { Role } from "@/lib/generated/prisma/enums";

// Documents straight into the database, in any state the triggers allow on INSERT (an
// ISSUED invoice with its number), for the payment, quote and credit-note tests. Totals come
// from computeTotals, as the app stores them.

export type FixtureLine = {
  description?: string;
  quantityMilli?: number;
  unitPriceCents: number;
  vatRateBps: number;
  discount?: { kind: "PERCENT" | "AMOUNT"; value: number };
};

export async function insertDocument(params: {
  organizationId: string;
  clientId: string;
  type: DocumentType;
  status: DocumentStatus;
  lines: FixtureLine[];
  pricesIncludeVat?: boolean;
  vatExempt?: boolean;
  discount?: { kind: "PERCENT" | "AMOUNT"; value: number };
  language?: string;
  issueDate?: string | null;
  dueDate?: string | null;
  validUntil?: string | null;
  sourceQuoteId?: string | null;
  creditedInvoiceId?: string | null;
}) {
  const lines: TotalsLineInput[] = params.lines.map((line) => ({
    quantityMilli: line.quantityMilli ?? 1000,
    unitPriceCents: line.unitPriceCents,
    vatRateBps: line.vatRateBps,
    discount: discountOf(line.discount?.kind ?? null, line.discount?.value ?? null),
  }));
  const totals = computeTotals({
    lines,
    discount: discountOf(params.discount?.kind ?? null, params.discount?.value ?? null),
    pricesIncludeVat: params.pricesIncludeVat ?? false,
    vatExempt: params.vatExempt ?? false,
  });
  const numbered = params.status !== "DRAFT";
  const issueDate = params.issueDate === undefined ? (numbered ? calendarDate() : null) : params.issueDate;
  const suffix = randomUUID().slice(0, 8);
  // Lines can only be added to a draft (trigger): insert as DRAFT, then move to the status.
  const created = await db.document.create({
    data: {
      organizationId: params.organizationId,
      clientId: params.clientId,
      type: params.type,
      status: "DRAFT",
      series: numbered ? `TEST-${suffix}` : null,
      sequence: numbered ? 1 : null,
      number: numbered ? `T-${params.type.slice(0, 3)}-${suffix}` : null,
      issueDate: issueDate ? dateFromCalendar(issueDate) : null,
      dueDate: params.dueDate ? dateFromCalendar(params.dueDate) : null,
      validUntil: params.validUntil ? dateFromCalendar(params.validUntil) : null,
      issuedAt: numbered ? new Date() : null,
      pricesIncludeVat: params.pricesIncludeVat ?? false,
      vatExempt: params.vatExempt ?? false,
      discountKind: params.discount?.kind ?? null,
      discountValue: params.discount?.value ?? null,
      language: params.language ?? "fr",
      sourceQuoteId: params.sourceQuoteId ?? null,
      creditedInvoiceId: params.creditedInvoiceId ?? null,
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: totals.discountCents,
      vatBreakdown: totals.byRate,
      lines: {
        create: params.lines.map((line, index) => ({
          position: index + 1,
          description: line.description ?? `Ligne ${index + 1}`,
          quantityMilli: line.quantityMilli ?? 1000,
          unit: "piece",
          unitPriceCents: line.unitPriceCents,
          vatRateBps: line.vatRateBps,
          discountKind: line.discount?.kind ?? null,
          discountValue: line.discount?.value ?? null,
          netCents: totals.lines[index]!.netCents,
        })),
      },
    },
  });
  if (params.status === "DRAFT") return created;
  return db.document.update({ where: { id: created.id }, data: { status: params.status } });
}

/** An organization with an OWNER acting with every document permission, and one client. */
export async function documentOrganization() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  const clientWriter = await actingAs(user.id, organization.id, "clients.write");
  const client = await addClient(clientWriter);
  const member = await actingAs(user.id, organization.id, "payments.write");
  return { organization, user, member, client };
}

/** Another member of the organization, acting with `permission` (checked by requireMember). */
export async function otherMember(organizationId: string, role: Role, permission: Parameters<typeof actingAs>[2]) {
  const { user } = await addMember(organizationId, role);
  return actingAs(user.id, organizationId, permission);
}

/** An issued invoice of 1 000,00 € HT at 20 % (1 200,00 € TTC) unless lines are given. */
export async function issuedInvoice(
  organizationId: string,
  clientId: string,
  overrides: Partial<Parameters<typeof insertDocument>[0]> = {},
) {
  return insertDocument({
    organizationId,
    clientId,
    type: "INVOICE",
    status: "ISSUED",
    lines: [{ unitPriceCents: 100_000, vatRateBps: 2000 }],
    dueDate: addDays(calendarDate(), 30),
    ...overrides,
  });
}

/**
 * Moves a draft to ISSUED with a test number, as issuing does (without its checks): for
 * tests of what happens after an issue. The credit-note trigger runs as for a real issue.
 */
export async function markIssued(documentId: string, issueDate: string = calendarDate()) {
  const suffix = randomUUID().slice(0, 8);
  return db.document.update({
    where: { id: documentId },
    data: {
      status: "ISSUED",
      series: `TEST-${suffix}`,
      sequence: 1,
      number: `T-${suffix}`,
      issueDate: dateFromCalendar(issueDate),
      issuedAt: new Date(),
    },
  });
}

/** A sent quote, valid 30 days unless said otherwise. */
export async function sentQuote(
  organizationId: string,
  clientId: string,
  overrides: Partial<Parameters<typeof insertDocument>[0]> = {},
) {
  return insertDocument({
    organizationId,
    clientId,
    type: "QUOTE",
    status: "SENT",
    lines: [{ unitPriceCents: 100_000, vatRateBps: 2000 }],
    validUntil: addDays(calendarDate(), 30),
    ...overrides,
  });
}
