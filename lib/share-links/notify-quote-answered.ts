import "server-only";
import { db } from "@/lib/db/prisma";
import type { ClientSnapshot } from "@/lib/documents/document-snapshots";
import { quoteAnsweredEmail } from "@/lib/email/templates/quote-answered";
import { queueEmail } from "@/lib/email/queue-email";
import { getEnv } from "@/lib/env/env";
import type { QuoteDecision } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Tells the organization's owners and admins that a client answered a quote: one email per
 * language, each in the language of its recipients' accounts.
 */
export async function notifyQuoteAnswered(params: {
  organizationId: string;
  documentId: string;
  decision: QuoteDecision;
  signerName: string | null;
  reason: string | null;
}): Promise<void> {
  const [quote, managers] = await Promise.all([
    db.document.findFirstOrThrow({
      where: { id: params.documentId, organizationId: params.organizationId },
      select: {
        id: true,
        number: true,
        clientSnapshot: true,
        client: { select: { name: true } },
        organization: { select: { name: true } },
      },
    }),
    db.membership.findMany({
      where: { organizationId: params.organizationId, role: { in: ["OWNER", "ADMIN"] }, user: { disabledAt: null } },
      select: { user: { select: { email: true, locale: true } } },
    }),
  ]);
  const byLocale = new Map<Locale, string[]>();
  for (const { user } of managers) {
    const locale: Locale = isLocale(user.locale) ? user.locale : "fr";
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.email]);
  }
  const clientName = (quote.clientSnapshot as ClientSnapshot | null)?.name ?? quote.client.name;
  const url = `${getEnv().APP_URL.replace(/\/+$/, "")}/quotes/${quote.id}`;
  for (const [locale, to] of byLocale) {
    const email = await quoteAnsweredEmail({
      locale,
      organizationName: quote.organization.name,
      quoteNumber: quote.number ?? "",
      decision: params.decision,
      signerName: params.signerName,
      clientName,
      reason: params.reason,
      url,
    });
    await queueEmail({ ...email, to, organizationId: params.organizationId });
  }
}
