import { db } from "@/lib/db/prisma";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { listWebhookDeliveries, WEBHOOK_DELIVERY_PAGE_SIZE } from "@/lib/webhooks/list-webhook-deliveries";
import { getWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { setWebhookEndpointEnabled } from "@/lib/webhooks/set-webhook-endpoint-enabled";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { inProduction, startReceiver, type Receiver } from "./webhook-receiver";

// Managing endpoints: who may, what is stored and audited, what is refused (URLs, the SSRF
// guard in production, other organizations' endpoints).

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

async function owner() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  const admin = await actingAs(user.id, organization.id, "organization.update");
  return { organization, user, admin };
}

const input = (url: string, events: string[] = ["invoice.paid"]) => ({ url, events, description: "ERP" });

describe("webhook endpoints", () => {
  it("creates an endpoint (secret returned once), lists it without its secret, audits the changes", async () => {
    const { admin, organization } = await owner();
    const { endpoint, secret } = await createWebhookEndpoint(
      admin,
      input(receiver.url, ["invoice.paid", "client.created", "invoice.paid"]),
      testMeta(),
    );
    // Events deduplicated, in the catalogue's order.
    expect(endpoint).toMatchObject({ url: receiver.url, events: ["invoice.paid", "client.created"], enabled: true });
    expect(JSON.stringify(await listWebhookEndpoints(admin))).not.toContain(secret);
    expect(endpoint.secretHint).toBe(`${secret.slice(0, 10)}…`);

    const updated = await updateWebhookEndpoint(
      admin,
      endpoint.id,
      { url: `${receiver.url}/v2`, events: ["payment.recorded"], description: "" },
      testMeta(),
    );
    expect(updated).toMatchObject({ url: `${receiver.url}/v2`, events: ["payment.recorded"], description: "" });
    const disabled = await setWebhookEndpointEnabled(admin, endpoint.id, false, testMeta());
    expect(disabled.enabled).toBe(false);
    const enabled = await setWebhookEndpointEnabled(admin, endpoint.id, true, testMeta());
    expect(enabled).toMatchObject({ enabled: true, disabledAt: null, failingSince: null });
    const rotated = await rotateWebhookSecret(admin, endpoint.id, testMeta());
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    await deleteWebhookEndpoint(admin, endpoint.id, testMeta());
    expect(await listWebhookEndpoints(admin)).toEqual([]);

    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: endpoint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((entry) => entry.action)).toEqual([
      "webhook.created",
      "webhook.updated",
      "webhook.disabled",
      "webhook.enabled",
      "webhook.secret_rotated",
      "webhook.deleted",
    ]);
    expect(JSON.stringify(audits)).not.toContain(secret);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { admin } = await owner();
    const refused = await expectAppError(
      createWebhookEndpoint(admin, { url: "ftp://example.com/x", events: ["nope"] }, testMeta()),
      "invalid_input",
    );
    expect(refused.details.fieldErrors).toMatchObject({
      url: ["url_https_or_loopback"],
      "events.0": ["event_unknown"],
    });
    await expectAppError(createWebhookEndpoint(admin, { url: receiver.url, events: [] }, testMeta()), "invalid_input");
    await expectAppError(
      createWebhookEndpoint(admin, { url: "http://example.com/hooks", events: ["invoice.paid"] }, testMeta()),
      "invalid_input",
    );
    await expectAppError(
      createWebhookEndpoint(admin, { url: "https://user:pw@example.com/", events: ["invoice.paid"] }, testMeta()),
      "invalid_input",
    );
    expect(await listWebhookEndpoints(admin)).toEqual([]);
  });

  it("in production refuses http, and private or loopback addresses, at creation", async () => {
    const { admin } = await owner();
    await inProduction(async () => {
      const http = await expectAppError(createWebhookEndpoint(admin, input(receiver.url), testMeta()), "invalid_input");
      expect(http.details.fieldErrors).toEqual({ url: ["url_https_required"] });
      for (const url of [
        "https://127.0.0.1/hooks",
        "https://10.0.0.8/hooks",
        "https://[::1]/hooks",
        "https://[::ffff:192.168.1.1]/hooks",
        "https://localhost/hooks",
      ]) {
        const refused = await expectAppError(createWebhookEndpoint(admin, input(url), testMeta()), "invalid_input");
        expect(refused.details.fieldErrors).toEqual({ url: ["url_private_address"] });
      }
      // A public address passes the guard (nothing is posted at creation).
      const created = await createWebhookEndpoint(admin, input("https://8.8.8.8/hooks"), testMeta());
      expect(created.endpoint.url).toBe("https://8.8.8.8/hooks");
    });
  });

  it("in production posts nothing to a private address at delivery (checked again at each attempt)", async () => {
    const { admin, organization } = await owner();
    // Created in test mode (loopback allowed), delivered in production mode.
    const { endpoint } = await createWebhookEndpoint(admin, input(receiver.url, ["client.created"]), testMeta());
    await inProduction(async () => {
      await db.$transaction((tx) => queueWebhookEvent(tx, organization.id, "client.created", { id: "c", name: "n" }));
      await drainJobs({ names: [QUEUES.webhooksDeliver.name] });
    });
    expect(receiver.received).toHaveLength(0);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: null });
    expect(delivery.lastError).toBe("refused: url_private_address");
  });

  it("a MEMBER sees the endpoints and their log but cannot change anything", async () => {
    const { admin, organization } = await owner();
    const { endpoint } = await createWebhookEndpoint(admin, input(receiver.url, ["client.created"]), testMeta());
    const [deliveryId] = await db.$transaction((tx) =>
      queueWebhookEvent(tx, organization.id, "client.created", { id: "c", name: "n" }),
    );
    const { user } = await addMember(organization.id, "MEMBER");
    const member = await actingAs(user.id, organization.id, "organization.read");

    expect((await listWebhookEndpoints(member)).map((row) => row.id)).toEqual([endpoint.id]);
    expect((await listWebhookDeliveries(member, endpoint.id)).deliveries.map((row) => row.id)).toEqual([deliveryId]);
    await expectAppError(createWebhookEndpoint(member, input(receiver.url), testMeta()), "forbidden");
    await expectAppError(updateWebhookEndpoint(member, endpoint.id, input(receiver.url), testMeta()), "forbidden");
    await expectAppError(setWebhookEndpointEnabled(member, endpoint.id, false, testMeta()), "forbidden");
    await expectAppError(rotateWebhookSecret(member, endpoint.id, testMeta()), "forbidden");
    await expectAppError(deleteWebhookEndpoint(member, endpoint.id, testMeta()), "forbidden");
    await expectAppError(resendWebhookDelivery(member, deliveryId, testMeta()), "forbidden");
    await expectAppError(sendTestWebhook(member, endpoint.id, testMeta()), "forbidden");
    expect(await getWebhookEndpoint(admin, endpoint.id)).toMatchObject({ enabled: true, events: ["client.created"] });
  });

  it("another organization can neither read nor change an endpoint or its deliveries", async () => {
    const { admin, organization } = await owner();
    const { endpoint } = await createWebhookEndpoint(admin, input(receiver.url, ["client.created"]), testMeta());
    const [deliveryId] = await db.$transaction((tx) =>
      queueWebhookEvent(tx, organization.id, "client.created", { id: "c", name: "n" }),
    );
    const other = (await owner()).admin;

    expect(await listWebhookEndpoints(other)).toEqual([]);
    await expectAppError(getWebhookEndpoint(other, endpoint.id), "webhook_not_found");
    await expectAppError(listWebhookDeliveries(other, endpoint.id), "webhook_not_found");
    await expectAppError(
      updateWebhookEndpoint(other, endpoint.id, input(receiver.url), testMeta()),
      "webhook_not_found",
    );
    await expectAppError(setWebhookEndpointEnabled(other, endpoint.id, false, testMeta()), "webhook_not_found");
    await expectAppError(rotateWebhookSecret(other, endpoint.id, testMeta()), "webhook_not_found");
    await expectAppError(deleteWebhookEndpoint(other, endpoint.id, testMeta()), "webhook_not_found");
    await expectAppError(sendTestWebhook(other, endpoint.id, testMeta()), "webhook_not_found");
    await expectAppError(resendWebhookDelivery(other, deliveryId, testMeta()), "webhook_delivery_not_found");
    // A cursor from another organization's log reveals nothing: the first page of one's own.
    const { endpoint: own } = await createWebhookEndpoint(other, input(receiver.url), testMeta());
    expect((await listWebhookDeliveries(other, own.id, deliveryId)).deliveries).toEqual([]);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      url: receiver.url,
      enabled: true,
    });
  });

  it("pages the delivery log newest first", async () => {
    const { admin, organization } = await owner();
    const { endpoint } = await createWebhookEndpoint(admin, input(receiver.url, ["client.created"]), testMeta());
    const ids: string[] = [];
    for (let index = 0; index < WEBHOOK_DELIVERY_PAGE_SIZE + 2; index++) {
      ids.push(
        ...(await db.$transaction((tx) =>
          queueWebhookEvent(tx, organization.id, "client.created", { id: `c${index}`, name: "n" }),
        )),
      );
    }
    const first = await listWebhookDeliveries(admin, endpoint.id);
    expect(first.deliveries).toHaveLength(WEBHOOK_DELIVERY_PAGE_SIZE);
    expect(first.deliveries[0]!.id).toBe(ids.at(-1));
    const second = await listWebhookDeliveries(admin, endpoint.id, first.nextCursor);
    expect(second.deliveries.map((row) => row.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();
  });

  it("sends a test event, signed and logged like the others", async () => {
    const { admin } = await owner();
    const { endpoint } = await createWebhookEndpoint(admin, input(receiver.url), testMeta());
    const deliveryId = await sendTestWebhook(admin, endpoint.id, testMeta());
    await drainJobs({ names: [QUEUES.webhooksDeliver.name] });
    expect(receiver.received.map((message) => message.json.type)).toEqual(["webhook.test"]);
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(deliveryId);
  });
});
