import type { MemberContext } from "@/lib/auth/access/require-member";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createDraft } from "@/lib/documents/create-draft";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import type { Article, PrismaClient } from "@/lib/generated/prisma/client";
import { recordPayment } from "@/lib/payments/record-payment";

// A few documents in every state, so the demo's lists, client pages and statuses show what the
// product does: an overdue invoice, a partly paid one, a paid one, one cancelled by a credit
// note, a sent quote, an accepted one and a draft. Made through the app's own functions (as
// the demo owner), so numbers, totals, snapshots and the audit trail are the real ones; dated
// in the past days, in issue order, because numbers follow dates.

const META: RequestMeta = { ip: null, userAgent: "facturo demo seed" };

type Line = [reference: string, quantity: string];

/** An editor line for a demo article, at its catalogue price (what picking it in the editor gives). */
export function demoArticleLine(article: Article, quantity: string) {
  return {
    articleId: article.id,
    description: article.name,
    quantity,
    unit: article.unit,
    unitPrice: (article.unitPriceCents / 100).toFixed(2),
    vatRate: String(article.vatRateBps),
    kind: article.kind,
  };
}

export async function seedDemoDocuments(
  client: PrismaClient,
  owner: { userId: string; organizationId: string; organizationName: string },
): Promise<void> {
  const member: MemberContext = { ...owner, sessionId: "demo-seed", role: "OWNER" };
  const { organizationId } = owner;
  const [clients, articles] = await Promise.all([
    client.client.findMany({ where: { organizationId }, orderBy: { name: "asc" }, take: 5, select: { id: true } }),
    client.article.findMany({ where: { organizationId } }),
  ]);
  if (clients.length < 5) return;
  const byReference = new Map(articles.map((article) => [article.reference, article]));
  const today = calendarDate();
  const day = (offset: number) => addDays(today, offset);

  const draft = async (type: "QUOTE" | "INVOICE", clientIndex: number, title: string, lines: Line[]) => {
    const input = {
      clientId: clients[clientIndex]!.id,
      title,
      lines: lines.map(([reference, quantity]) => demoArticleLine(byReference.get(reference)!, quantity)),
    };
    return (await createDraft(member, type, input, META)).id;
  };
  const invoice = async (clientIndex: number, title: string, lines: Line[], issuedDaysAgo: number) => {
    const id = await draft("INVOICE", clientIndex, title, lines);
    const issued = await issueDocument(member, id, { issueDate: day(-issuedDaysAgo) }, META);
    return { id, totalCents: issued.totalInclVatCents };
  };
  const pay = (invoiceId: string, cents: number, daysAgo: number) =>
    recordPayment(
      member,
      invoiceId,
      { date: day(-daysAgo), amount: (cents / 100).toFixed(2), method: "TRANSFER", reference: "VIR-DEMO" },
      META,
    );

  // Issued 45 days ago at 30 days: overdue.
  await invoice(
    0,
    "Refonte du site vitrine",
    [
      ["DEV-J", "3"],
      ["MAINT", "1"],
    ],
    45,
  );
  const partlyPaid = await invoice(1, "Accompagnement", [["CONS-H", "6,5"]], 20);
  await pay(partlyPaid.id, 200_00, 12);
  const paid = await invoice(
    2,
    "Mise en ligne et documentation",
    [
      ["MEL", "1"],
      ["LIV", "4"],
    ],
    10,
  );
  await pay(paid.id, paid.totalCents, 4);
  const cancelled = await invoice(3, "Journée d'audit", [["DEV-J", "1"]], 5);
  const { documentId: creditNoteId } = await createCreditNote(member, { invoiceId: cancelled.id, mode: "FULL" }, META);
  await issueDocument(member, creditNoteId, { issueDate: day(-3) }, META);

  const accepted = await draft("QUOTE", 1, "Maintenance annuelle", [["MAINT", "12"]]);
  await sendQuote(member, accepted, { issueDate: day(-8) }, META);
  await acceptQuote(member, accepted, META);
  const sent = await draft("QUOTE", 4, "Rénovation du bureau", [
    ["RENO", "24"],
    ["CONS-H", "2"],
  ]);
  await sendQuote(member, sent, { issueDate: day(-2) }, META);
  await draft("QUOTE", 0, "Nouvelle boutique en ligne", [
    ["DEV-J", "8"],
    ["MEL", "1"],
  ]);
}
