import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";

// A new organization's first steps, each ticked from its real data (nothing stored: a step is
// done when the data says so, and undone if it goes away, e.g. the logo is removed), each with
// the page where it is done.

export const ONBOARDING_STEPS = [
  "legalIdentity",
  "logo",
  "firstClient",
  "firstArticle",
  "firstQuote",
  "firstInvoice",
] as const;

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const onboardingHrefs: Record<OnboardingStep, string> = {
  legalIdentity: "/settings/organization",
  logo: "/settings/organization#organization-logo",
  firstClient: "/clients/new",
  firstArticle: "/articles/new",
  firstQuote: "/quotes/new",
  firstInvoice: "/invoices/new",
};

export type OnboardingChecklist = {
  steps: { step: OnboardingStep; done: boolean; href: string }[];
  allDone: boolean;
  /** A quote sent or an invoice, deposit invoice or credit note issued: there are figures to show. */
  hasIssuedDocument: boolean;
};

/** The seller's fields every document states (what issuing requires of the legal identity). */
export type LegalIdentityFields = {
  legalName: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  siren: string | null;
};

/** Never saved, or a blank among the fields every document states (SIREN for a French seller). */
export function legalIdentityComplete(settings: LegalIdentityFields | null): boolean {
  if (!settings) return false;
  const required = [settings.legalName, settings.addressLine1, settings.postalCode, settings.city];
  if (settings.country === "FR") required.push(settings.siren);
  return required.every((value) => value !== null && value.trim() !== "");
}

/** The acting organization's checklist (documents.read: every role that sees the dashboard). */
export async function onboardingChecklist(member: MemberContext): Promise<OnboardingChecklist> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const [settings, client, article, quote, invoice, issued] = await Promise.all([
    db.organizationSettings.findUnique({
      where: { organizationId },
      select: {
        legalName: true,
        addressLine1: true,
        postalCode: true,
        city: true,
        country: true,
        siren: true,
        logoFileId: true,
      },
    }),
    db.client.findFirst({ where: { organizationId }, select: { id: true } }),
    db.article.findFirst({ where: { organizationId }, select: { id: true } }),
    db.document.findFirst({ where: { organizationId, type: "QUOTE", status: { not: "DRAFT" } }, select: { id: true } }),
    db.document.findFirst({
      where: { organizationId, type: { in: ["INVOICE", "DEPOSIT_INVOICE"] }, status: "ISSUED" },
      select: { id: true },
    }),
    db.document.findFirst({ where: { organizationId, status: { not: "DRAFT" } }, select: { id: true } }),
  ]);
  const done: Record<OnboardingStep, boolean> = {
    legalIdentity: legalIdentityComplete(settings),
    logo: settings?.logoFileId != null,
    firstClient: client !== null,
    firstArticle: article !== null,
    firstQuote: quote !== null,
    firstInvoice: invoice !== null,
  };
  const steps = ONBOARDING_STEPS.map((step) => ({ step, done: done[step], href: onboardingHrefs[step] }));
  return { steps, allDone: steps.every((step) => step.done), hasIssuedDocument: issued !== null };
}
