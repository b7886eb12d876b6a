import { Webhook } from "standardwebhooks";
import { createClients } from "@/lib/clients/create-client";
import { importClientsCsv } from "@/lib/clients/import-clients-csv";
import { db } from "@/lib/db/prisma";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { recordPayment } from "@/lib/payments/record-payment";
import { sendDocument } from "@/lib/sending/send-document";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/webhook-event-types";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs } from "../../support/member-factories";
import { startReceiver, type Receiver } from "./webhook-receiver";

// Webhooks posted to a real receiver on 127.0.0.1 by the real webhooks.deliver jobs: signed
// per Standard Webhooks (checked with the standardwebhooks package), retried, in order.

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

const deliverAll = () =>
  drainJobs({ names: [QUEUES.emailSend.name, QUEUES.webhooksDeliver.name], includeRetries: true });

async function workspaceWithEndpoint(events: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES) {
  const workspace = await documentWorkspace("OWNER");
  const admin = await actingAs(workspace.user.id, workspace.organization.id, "organization.update");
  const { endpoint, secret } = await createWebhookEndpoint(
    admin,
    { url: receiver.url, events: [...events] },
    testMeta(),
  );
  return { ...workspace, admin, endpoint, secret };
}

describe("webhook delivery", () => {
  it("signs each message so that the standardwebhooks library verifies it, with the delivery's id", async () => {
    const { admin, endpoint, secret } = await workspaceWithEndpoint(["client.created"]);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    const client = await addClient(writer, companyInput({ legalName: "Verified SARL" }));
    await deliverAll();

    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(message!.headers["webhook-id"]).toBe(delivery.id);
    const verified = new Webhook(secret).verify(message!.body, {
      "webhook-id": String(message!.headers["webhook-id"]),
      "webhook-timestamp": String(message!.headers["webhook-timestamp"]),
      "webhook-signature": String(message!.headers["webhook-signature"]),
    }) as { type: string; timestamp: string; data: unknown };
    expect(verified.type).toBe("client.created");
    expect(verified.data).toEqual({ id: client.id, name: "Verified SARL" });
    expect(new Date(verified.timestamp).toISOString()).toBe(verified.timestamp);
    // Another secret does not verify it.
    const other = "whsec_" + Buffer.alloc(32, 7).toString("base64");
    expect(() =>
      new Webhook(other).verify(message!.body, {
        "webhook-id": String(message!.headers["webhook-id"]),
        "webhook-timestamp": String(message!.headers["webhook-timestamp"]),
        "webhook-signature": String(message!.headers["webhook-signature"]),
      }),
    ).toThrow();
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 1, responseStatus: 200, lastError: null });
    expect(delivery.durationMs).toEqual(expect.any(Number));
    expect(delivery.deliveredAt).not.toBeNull();
  });

  it("tells of every client an import or a bulk creation adds, one client.created each, in the file's order", async () => {
    const { admin, endpoint } = await workspaceWithEndpoint(["client.created"]);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    const header =
      "Type;Raison sociale;Prénom;Nom;SIREN;E-mails;Adresse de facturation;Code postal de facturation;Ville de facturation;Pays de facturation";
    const file = [
      header,
      "Entreprise;Import Un;;;;un@example.test;1 rue Haute;75011;Paris;",
      "Entreprise;Import Deux;;;;deux@example.test;2 rue Haute;75011;Paris;",
    ];
    await importClientsCsv(
      writer,
      { name: "clients.csv", bytes: new TextEncoder().encode(file.join("\n")) },
      "fr",
      testMeta(),
    );
    const { ids } = await createClients(writer, [companyInput({ legalName: "Lot Trois" })], testMeta());
    await deliverAll();

    const imported = await db.client.findMany({
      where: { organizationId: admin.organizationId, legalName: { in: ["Import Un", "Import Deux"] } },
      select: { id: true, name: true },
    });
    const idOf = (name: string) => imported.find((client) => client.name === name)?.id;
    const events = receiver.received.map((message) => JSON.parse(message.body) as { type: string; data: unknown });
    expect(events).toEqual([
      { type: "client.created", timestamp: expect.any(String), data: { id: idOf("Import Un"), name: "Import Un" } },
      { type: "client.created", timestamp: expect.any(String), data: { id: idOf("Import Deux"), name: "Import Deux" } },
      { type: "client.created", timestamp: expect.any(String), data: { id: ids[0], name: "Lot Trois" } },
    ]);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "SUCCEEDED" } })).toBe(3);
  });

  it("queues nothing for an import when no endpoint listens for new clients", async () => {
    const { admin } = await workspaceWithEndpoint(["invoice.paid"]);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    await createClients(writer, [companyInput(), companyInput()], testMeta());
    expect(await db.webhookDelivery.count({ where: { organizationId: admin.organizationId } })).toBe(0);
  });

  it("retries after 500s with the same webhook-id until the receiver answers 2xx", async () => {
    const { admin, endpoint } = await workspaceWithEndpoint(["client.created"]);
    receiver.answer(500, 503);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    await addClient(writer);
    await deliverAll();

    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((message) => message.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 3, responseStatus: 200, lastError: null });
    // A success ends the endpoint's run of failures.
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).toBeNull();
  });

  it("records a failed attempt (status, error) and the start of the endpoint's failures", async () => {
    const { admin, endpoint } = await workspaceWithEndpoint(["client.created"]);
    receiver.answer(500);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    await addClient(writer);
    // Only the first attempt: the retry waits for its backoff.
    await drainJobs({ names: [QUEUES.webhooksDeliver.name] });

    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: 500, lastError: "HTTP 500" });
    expect(delivery.lastAttemptAt).not.toBeNull();
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).failingSince).not.toBeNull();
  });

  it("delivers one invoice's events in the order they happened: issued → sent → payment.recorded → invoice.paid", async () => {
    const { member, organization, user } = await workspaceWithEndpoint([
      "document.issued",
      "document.sent",
      "payment.recorded",
      "invoice.paid",
    ]);
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const billing = `billing-${uniqueSuffix()}@example.test`;
    const client = await addClient(writer, companyInput({ emails: [billing] }));
    // The first attempt fails: the later events wait behind it rather than overtake it.
    receiver.answer(500);
    const invoice = await makeIssuedInvoice(member, client.id);
    await sendDocument(
      member,
      invoice.id,
      { recipients: [billing], subject: "Facture", message: "Bonjour" },
      testMeta(),
    );
    await drainJobs({ names: [QUEUES.emailSend.name] });
    const payer = await actingAs(user.id, organization.id, "payments.write");
    await recordPayment(
      payer,
      invoice.id,
      { amount: invoice.totalInclVatCents / 100, date: invoice.issueDate, method: "TRANSFER" },
      testMeta(),
    );
    await deliverAll();

    const delivered = receiver.received.slice(1).map((message) => message.json.type);
    expect(delivered).toEqual(["document.issued", "document.sent", "payment.recorded", "invoice.paid"]);
    expect(receiver.received[0]!.json.type).toBe("document.issued");
    const paid = receiver.received.at(-1)!.json.data as Record<string, unknown>;
    expect(paid).toMatchObject({
      id: invoice.id,
      type: "INVOICE",
      number: invoice.number,
      status: "PAID",
      client: { id: client.id, name: client.name },
      totalInclVatCents: invoice.totalInclVatCents,
      balanceCents: 0,
      currency: "EUR",
    });
  });

  it("queues an event only when its transaction commits", async () => {
    const { organization, endpoint } = await workspaceWithEndpoint(["client.created"]);
    await expect(
      db.$transaction(async (tx) => {
        await queueWebhookEvent(tx, organization.id, "client.created", { id: "c1", name: "Rolled back" });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    await deliverAll();
    expect(receiver.received).toHaveLength(0);

    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "c2", name: "Kept" }));
    await deliverAll();
    expect(receiver.received.map((message) => message.json.data)).toEqual([{ id: "c2", name: "Kept" }]);
  });

  it("queues nothing for an endpoint not subscribed to the type, or disabled", async () => {
    const { organization, endpoint } = await workspaceWithEndpoint(["payment.recorded"]);
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "c", name: "n" }));
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false } });
    await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "payment.recorded", { id: "p" }));
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });

  it("resends a delivery with the same webhook-id and a new attempt", async () => {
    const { admin, endpoint } = await workspaceWithEndpoint(["client.created"]);
    const writer = await actingAs(admin.userId, admin.organizationId, "clients.write");
    await addClient(writer);
    await deliverAll();
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });

    await resendWebhookDelivery(admin, delivery.id, testMeta());
    await deliverAll();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(delivery.id);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "SUCCEEDED",
      attempts: 2,
    });
  });
});
