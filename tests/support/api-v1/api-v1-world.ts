import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { addApiToken } from "../api-factories";
import { completeSellerIdentity } from "../document-factories";
import { createOrganizationWithMember } from "../factories";
import { createCheckedApiV1Client, type Exchange } from "./api-v1-client";
import { dispatch, handlerOf, type DispatchInput } from "./api-v1-dispatch";
import { apiV1Operations, operationById } from "./api-v1-operations";
import { readResponse, responseChecker } from "./api-v1-response-check";

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
  // Operations openapi-fetch does not type as JSON (file downloads): called by id, checked the same way.
  const operations = apiV1Operations(apiV1Document());
  const check = responseChecker(apiV1Document());
  const raw = async (operationId: string, input: DispatchInput = {}) => {
    const operation = operationById(operations, operationId);
    const answer = await readResponse(await dispatch(operation, { token: token.secret, ...input }));
    const url = `/api/v1${operation.path}`;
    exchanges.push({
      operation,
      request: { method: operation.method, url },
      answer,
      violations: check(operation, answer),
    });
    return answer;
  };
  return { organization, user, token, exchanges, api: clientWith(token.secret), clientWith, raw };
}
