import { POST as archiveRoute } from "@/app/api/v1/clients/[id]/archive/route";
import * as clientsRoute from "@/app/api/v1/clients/route";
import { db } from "@/lib/db/prisma";
import { addApiToken, callApi } from "../../support/api-factories";
import { clientOrganization, companyInput } from "../../support/client-factories";

// Idempotency-Key on POST: a retry gets the first response (marked Idempotency-Replayed), the
// same key with another body is 422, concurrent requests with one key create one resource.

async function world() {
  const { organization, user } = await clientOrganization();
  const token = await addApiToken(organization.id, user.id, ["clients.read", "clients.write"]);
  return { organization, user, token };
}

describe("Idempotency-Key", () => {
  it("replays the first response for the same request, refuses another body with the key (422)", async () => {
    const { organization, token } = await world();
    const body = companyInput({ legalName: "Idempotent SA" });
    const post = (sent: unknown, key = "order-42") =>
      callApi(clientsRoute.POST, "POST", "/clients", {
        token: token.secret,
        body: sent,
        headers: { "idempotency-key": key },
      });
    const first = await post(body);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotency-replayed")).toBeNull();
    const again = await post(body);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotency-replayed")).toBe("true");
    expect(again.contentType).toBe("application/json");
    expect(again.json).toEqual(first.json);
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(1);

    const reused = await post({ ...body, legalName: "Autre SA" });
    expect(reused).toMatchObject({ status: 422, json: { code: "idempotency_key_reused" } });
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(1);
    // Another key is another request.
    expect((await post(body, "order-43")).status).toBe(201);
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(2);
    // Keys are per token: another token's same key is its own.
    const other = await addApiToken(
      organization.id,
      (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).createdById!,
      ["clients.write"],
    );
    const otherAnswer = await callApi(clientsRoute.POST, "POST", "/clients", {
      token: other.secret,
      body,
      headers: { "idempotency-key": "order-42" },
    });
    expect(otherAnswer.headers.get("idempotency-replayed")).toBeNull();
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(3);
  });

  it("20 concurrent POSTs with one key create one client", async () => {
    const { organization, token } = await world();
    const body = companyInput({ legalName: "Concurrent SARL" });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        callApi(clientsRoute.POST, "POST", "/clients", {
          token: token.secret,
          body,
          headers: { "idempotency-key": "burst-1" },
        }),
      ),
    );
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(1);
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.json?.id)).size).toBe(1);
    expect(created.filter((answer) => answer.headers.get("idempotency-replayed") === null)).toHaveLength(1);
    for (const answer of answers.filter((answer) => answer.status !== 201)) {
      expect(answer).toMatchObject({ status: 409, json: { code: "idempotency_key_in_progress" } });
    }
  });

  it("stores refusals too, expires keys after 24 h, and refuses malformed keys", async () => {
    const { organization, token } = await world();
    const archive = () =>
      callApi(archiveRoute, "POST", "/clients/missing/archive", {
        token: token.secret,
        params: { id: "cmissingmissingmissing00" },
        headers: { "idempotency-key": "archive-1" },
      });
    expect((await archive()).status).toBe(404);
    const replayed = await archive();
    expect(replayed).toMatchObject({ status: 404, contentType: "application/problem+json" });
    expect(replayed.headers.get("idempotency-replayed")).toBe("true");

    await db.apiIdempotencyKey.updateMany({
      where: { tokenId: token.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await archive()).headers.get("idempotency-replayed")).toBeNull();
    expect(await db.apiIdempotencyKey.count({ where: { tokenId: token.id, expiresAt: { lt: new Date() } } })).toBe(0);

    const bad = await callApi(clientsRoute.POST, "POST", "/clients", {
      token: token.secret,
      body: companyInput(),
      headers: { "idempotency-key": "x".repeat(256) },
    });
    expect(bad).toMatchObject({ status: 400, json: { errors: { "Idempotency-Key": ["idempotency_key_invalid"] } } });
    expect(await db.client.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
