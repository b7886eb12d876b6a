import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { queueOverdueInvoiceEvents } from "@/lib/webhooks/queue-overdue-invoice-events";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { issuedInvoice } from "../../support/issued-document-factories";
import { addClient } from "../../support/client-factories";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { latestEmailTo } from "../../support/outbox";
import { startReceiver, type Receiver } from "./webhook-receiver";

// What failing receivers lead to (the endpoint disabled after 3 days, its owners told), and
// the daily invoice.overdue events (once per invoice and endpoint).

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

async function owner(events: string[]) {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  const admin = await actingAs(user.id, organization.id, "organization.update");
  const { endpoint } = await createWebhookEndpoint(admin, { url: receiver.url, events }, testMeta());
  return { organization, user, admin, endpoint };
}

describe("failing endpoints", () => {
  it("disables an endpoint failing for 3 days and emails its owners in their language", async () => {
    const { organization, user, admin, endpoint } = await owner(["client.created"]);
    const englishOwner = await addMember(organization.id, "OWNER", { locale: "en" });
    const { user: memberUser } = await addMember(organization.id, "MEMBER");
    await db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { failingSince: new Date(Date.now() - (3 * 24 + 1) * 3600 * 1000) },
    });
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "a", name: "A" }));
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "b", name: "B" }));
    receiver.answer(500);
    await drainJobs({ names: [QUEUES.webhooksDeliver.name] });

    expect(receiver.received).toHaveLength(1);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row).toMatchObject({ enabled: false, disabledReason: "failing" });
    expect(row.disabledAt).not.toBeNull();
    // The failed one and the one behind it end FAILED; nothing more is posted.
    const deliveries = await db.webhookDelivery.findMany({
      where: { endpointId: endpoint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(deliveries.map((delivery) => [delivery.status, delivery.lastError])).toEqual([
      ["FAILED", "HTTP 500"],
      ["FAILED", "endpoint disabled"],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: endpoint.id, action: "webhook.disabled" } });
    expect(audit.actorId).toBeNull();

    const french = await latestEmailTo(user.email);
    expect(french.subject).toBe("Un webhook a été désactivé après 3 jours d'échecs");
    expect(french.text).toContain(receiver.url);
    expect(french.text).toContain("/settings/webhooks");
    const english = await latestEmailTo(englishOwner.user.email);
    expect(english.subject).toBe("A webhook was disabled after 3 days of failures");
    expect(await db.emailMessage.count({ where: { to: { has: memberUser.email } } })).toBe(0);
    // A disabled endpoint gets no new events, and its deliveries are not resent.
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "c", name: "C" }));
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(2);
    await expectAppError(resendWebhookDelivery(admin, deliveries[0]!.id, testMeta()), "webhook_disabled");
  });

  it("marks a delivery FAILED after its last retry, then delivers the next one", async () => {
    const { organization, endpoint } = await owner(["client.created"]);
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "a", name: "A" }));
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "b", name: "B" }));
    receiver.answer(...Array.from({ length: QUEUES.webhooksDeliver.retryLimit + 1 }, () => 500));
    await drainJobs({ names: [QUEUES.webhooksDeliver.name], includeRetries: true });

    const deliveries = await db.webhookDelivery.findMany({
      where: { endpointId: endpoint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(deliveries.map((delivery) => [delivery.status, delivery.attempts])).toEqual([
      ["FAILED", QUEUES.webhooksDeliver.retryLimit + 1],
      ["SUCCEEDED", 1],
    ]);
    expect(receiver.received.map((message) => (message.json.data as { id: string }).id).at(-1)).toBe("b");
    // Still enabled: its failures began less than 3 days ago, and the success ended them.
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      enabled: true,
      failingSince: null,
    });
  });
});

describe("invoice.overdue", () => {
  it("is queued once per overdue invoice and endpoint, however often the tick runs", async () => {
    const { organization, user, endpoint } = await owner(["invoice.overdue"]);
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const client = await addClient(writer);
    const today = calendarDate();
    const overdue = await issuedInvoice(organization.id, client.id, {
      issueDate: addDays(today, -40),
      dueDate: addDays(today, -2),
    });
    // Not announced: due today, or overdue for longer than the look-back.
    await issuedInvoice(organization.id, client.id, { issueDate: addDays(today, -30), dueDate: today });
    await issuedInvoice(organization.id, client.id, { issueDate: addDays(today, -90), dueDate: addDays(today, -60) });

    expect(await queueOverdueInvoiceEvents()).toBe(1);
    expect(await queueOverdueInvoiceEvents()).toBe(0);
    await drainJobs({ names: [QUEUES.webhooksDeliver.name, QUEUES.webhooksOverdueTick.name] });
    expect(receiver.received.map((message) => message.json.type)).toEqual(["invoice.overdue"]);
    expect(receiver.received[0]!.json.data).toMatchObject({ id: overdue.id, status: "OVERDUE" });

    // A second endpoint subscribed later hears of it once too; the first is not told again.
    const admin = await actingAs(user.id, organization.id, "organization.update");
    const second = await createWebhookEndpoint(admin, { url: receiver.url, events: ["invoice.overdue"] }, testMeta());
    expect(await queueOverdueInvoiceEvents()).toBe(1);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(1);
    expect(await db.webhookDelivery.count({ where: { endpointId: second.endpoint.id } })).toBe(1);
  });
});
