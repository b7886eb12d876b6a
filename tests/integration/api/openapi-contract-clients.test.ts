import * as clientRoute from "@/app/api/v1/clients/[id]/route";
import { POST as archiveRoute } from "@/app/api/v1/clients/[id]/archive/route";
import { POST as unarchiveRoute } from "@/app/api/v1/clients/[id]/unarchive/route";
import * as clientsRoute from "@/app/api/v1/clients/route";
import { GET as organizationRoute } from "@/app/api/v1/organization/route";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-api-input";
import { expectDocumented } from "../../support/api-contract";
import { addApiToken, callApi } from "../../support/api-factories";
import { clientOrganization, companyInput } from "../../support/client-factories";
import { makeDraft } from "../../support/document-factories";
import { actingAs } from "../../support/member-factories";

// Every answer of the clients and organization endpoints in a scenario — successes and
// failures — is one the OpenAPI document describes (the document's own validity against the
// OpenAPI 3.1 schema: tests/integration/api-contract).

it("every answer of the clients and organization endpoints matches the document", async () => {
  const { organization, user, member } = await clientOrganization();
  const token = await addApiToken(organization.id, user.id, ["organization.read", "clients.read", "clients.write"]);
  const readOnly = await addApiToken(organization.id, user.id, ["clients.read"]);
  const secret = token.secret;
  const check = async (method: string, template: string, call: Promise<Awaited<ReturnType<typeof callApi>>>) => {
    const answer = await call;
    expectDocumented(method, template, answer);
    return answer;
  };

  await check("GET", "/organization", callApi(organizationRoute, "GET", "/organization", { token: secret }));
  await check("GET", "/organization", callApi(organizationRoute, "GET", "/organization", { token: null }));
  await check("GET", "/organization", callApi(organizationRoute, "GET", "/organization", { token: readOnly.secret }));

  const created = await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", {
      token: secret,
      body: companyInput({ paymentTermsDays: 30, language: "en", phone: "+33 1 23 45 67 89" }),
      headers: { "idempotency-key": "contract-1" },
    }),
  );
  expect(created.status).toBe(201);
  const id = created.json?.id as string;
  const params = { id };
  await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", {
      token: secret,
      body: companyInput(),
      headers: { "idempotency-key": "contract-1" },
    }),
  );
  await check("POST", "/clients", callApi(clientsRoute.POST, "POST", "/clients", { token: secret, body: "{" }));
  await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", { token: secret, body: { ...companyInput(), extra: 1 } }),
  );
  await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", {
      token: secret,
      body: companyInput({ notes: "x".repeat(API_BODY_LIMIT_BYTES) }),
    }),
  );
  await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", {
      token: secret,
      body: "a=b",
      headers: { "content-type": "text/plain" },
    }),
  );
  await check(
    "POST",
    "/clients",
    callApi(clientsRoute.POST, "POST", "/clients", { token: readOnly.secret, body: companyInput() }),
  );

  await check("GET", "/clients", callApi(clientsRoute.GET, "GET", "/clients?limit=1", { token: secret }));
  await check(
    "GET",
    "/clients",
    callApi(clientsRoute.GET, "GET", "/clients?status=all&q=entreprise", { token: secret }),
  );
  await check("GET", "/clients", callApi(clientsRoute.GET, "GET", "/clients?nope=1", { token: secret }));
  await check("GET", "/clients/{id}", callApi(clientRoute.GET, "GET", "/", { token: secret, params }));
  await check("GET", "/clients/{id}", callApi(clientRoute.GET, "GET", "/", { token: secret, params: { id: "cnope" } }));
  await check(
    "PATCH",
    "/clients/{id}",
    callApi(clientRoute.PATCH, "PATCH", "/", { token: secret, params, body: { notes: "Contrat annuel" } }),
  );
  await check(
    "PATCH",
    "/clients/{id}",
    callApi(clientRoute.PATCH, "PATCH", "/", { token: secret, params, body: { paymentTermsDays: 999 } }),
  );
  await check("POST", "/clients/{id}/archive", callApi(archiveRoute, "POST", "/", { token: secret, params }));
  await check("POST", "/clients/{id}/unarchive", callApi(unarchiveRoute, "POST", "/", { token: secret, params }));

  const used = (await callApi(clientsRoute.POST, "POST", "/clients", { token: secret, body: companyInput() })).json;
  await makeDraft(await actingAs(user.id, organization.id, "documents.write"), used?.id as string);
  const conflict = await check(
    "DELETE",
    "/clients/{id}",
    callApi(clientRoute.DELETE, "DELETE", "/", { token: secret, params: { id: used?.id as string } }),
  );
  expect(conflict.status).toBe(409);
  const deleted = await check(
    "DELETE",
    "/clients/{id}",
    callApi(clientRoute.DELETE, "DELETE", "/", { token: secret, params }),
  );
  expect(deleted.status).toBe(204);
  expect(member.organizationId).toBe(organization.id);
});
