import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { addApiToken } from "../api-factories";
import { completeSellerIdentity } from "../document-factories";
import { createOrganizationWithMember } from "../factories";
import { createCheckedApiV1Client, type Exchange } from "./api-v1-client";
import { handlerOf } from "./api-v1-dispatch";

// An organization able to issue invoices, its owner's API token, and the typed client whose
// requests go to the route handlers in-process (no server), every answer checked against the
// OpenAPI document and kept in `exchanges`.

export async function apiV1World(scopes: readonly Permission[] = permissions) {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  await completeSellerIdentity(organization.id);
  const token = await addApiToken(organization.id, user.id, scopes);
  const exchanges: Exchange[] = [];
  const clientWith = (secret: string) =>
    createCheckedApiV1Client({
      baseUrl: "http://localhost/api/v1",
      token: secret,
      document: apiV1Document(),
      transport: async (request, match) =>
        (await handlerOf(match.operation))(request, { params: Promise.resolve(match.params) }),
      onExchange: (exchange) => exchanges.push(exchange),
    });
  return { organization, user, token, exchanges, api: clientWith(token.secret), clientWith };
}
