import { db } from "@/lib/db/prisma";
import { deletePayment } from "@/lib/payments/delete-payment";
import { recordPayment } from "@/lib/payments/record-payment";
import { answerQuote } from "@/lib/share-links/answer-quote";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import type { WebhookEventType } from "@/lib/webhooks/webhook-event-types";
import { makeIssuedInvoice } from "../../support/document-factories";
import { testMeta } from "../../support/factories";
import { actingAs } from "../../support/member-factories";
import { linkFor, makeSentQuote, shareWorkspace } from "../share-links/share-link-fixtures";

// What the domain's changes queue (the payloads, read back from the deliveries): the quote a
// client answers through its public link, payments recorded and deleted.

async function workspaceWithEndpoint(events: WebhookEventType[]) {
  const workspace = await shareWorkspace();
  const admin = await actingAs(workspace.user.id, workspace.organization.id, "organization.update");
  const { endpoint } = await createWebhookEndpoint(admin, { url: "http://127.0.0.1:9/hooks", events }, testMeta());
  return { ...workspace, endpoint };
}

async function payloads(endpointId: string) {
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { eventType: true, payload: true },
  });
  return rows.map((row) => row.payload as { type: string; timestamp: string; data: Record<string, unknown> });
}

describe("webhook events of the domain", () => {
  it("a quote declined through its public link: quote.declined with the quote's summary, no reason", async () => {
    const workspace = await workspaceWithEndpoint(["quote.accepted", "quote.declined"]);
    const quote = await makeSentQuote(workspace);
    const link = await linkFor(workspace, quote.id);
    await answerQuote(link.token, { decision: "DECLINED", reason: "Trop cher pour nous." }, testMeta());

    const [event, ...rest] = await payloads(workspace.endpoint.id);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      type: "quote.declined",
      data: {
        id: quote.id,
        type: "QUOTE",
        number: quote.number,
        status: "DECLINED",
        client: { id: workspace.client.id },
        totalInclVatCents: quote.totalInclVatCents,
      },
    });
    expect(JSON.stringify(event)).not.toContain("Trop cher");
  });

  it("a partial payment: payment.recorded only; the rest: payment.recorded then invoice.paid; a deletion: payment.deleted", async () => {
    const workspace = await workspaceWithEndpoint(["payment.recorded", "payment.deleted", "invoice.paid"]);
    const invoice = await makeIssuedInvoice(workspace.member, workspace.client.id);
    const payer = await actingAs(workspace.user.id, workspace.organization.id, "payments.write");
    const first = await recordPayment(
      payer,
      invoice.id,
      { amount: 10, date: invoice.issueDate, method: "CARD", reference: "secret-ref" },
      testMeta(),
    );
    await recordPayment(
      payer,
      invoice.id,
      { amount: (invoice.totalInclVatCents - 1000) / 100, date: invoice.issueDate, method: "TRANSFER" },
      testMeta(),
    );
    await deletePayment(payer, first.payment.id, testMeta());

    const events = await payloads(workspace.endpoint.id);
    expect(events.map((event) => event.type)).toEqual([
      "payment.recorded",
      "payment.recorded",
      "invoice.paid",
      "payment.deleted",
    ]);
    expect(events[0]!.data).toEqual({
      id: first.payment.id,
      documentId: invoice.id,
      amountCents: 1000,
      date: invoice.issueDate,
      method: "CARD",
    });
    expect(events[2]!.data).toMatchObject({ id: invoice.id, status: "PAID", balanceCents: 0 });
    expect(events[3]!.data).toEqual(events[0]!.data);
    // Strictly increasing instants, in the order of the changes.
    const times = events.map((event) => event.timestamp);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });
});
