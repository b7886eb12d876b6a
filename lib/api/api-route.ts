import "server-only";
import type { z } from "zod";
import { authenticateApiToken, type ApiCaller } from "@/lib/api-tokens/authenticate-api-token";
import { runAsApiToken } from "@/lib/audit/api-actor";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { can } from "@/lib/auth/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { getEnv } from "@/lib/env/env";
import { AppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log/logger";
import type { ApiEndpoint, ApiParamsSchema } from "./api-endpoint";
import { insufficientScope } from "./api-errors";
import { enforceApiRateLimit } from "./api-rate-limit";
import { problemFromError } from "./api-problem";
import {
  claimIdempotencyKey,
  idempotencyKeyOf,
  replayResponse,
  requestHashOf,
  settleIdempotencyKey,
} from "./idempotency";
import { parseApiInput, readEmptyBody, readJsonBody, readQuery } from "./read-api-input";

// The one wrapper of every /api/v1 route handler: authenticate the token, count it against
// its rate limit, check the endpoint's permission against the token's scopes AND its
// creator's current role, read params/query/body through the endpoint's schemas, honour an
// Idempotency-Key on POST, run the handler as the token (audit entries name it), answer JSON
// or problem+json. Handlers only call lib/ functions and shape their results.

export type ApiHandlerContext<Params, Query, Body> = {
  caller: ApiCaller;
  request: Request;
  params: Params;
  query: Query;
  body: Body;
  meta: RequestMeta;
};

/** Next.js's second argument of a route handler (dynamic segments). */
type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function apiRoute<
  Params extends ApiParamsSchema,
  Query extends ApiParamsSchema,
  Body extends z.ZodType,
  Result extends z.ZodType,
>(
  endpoint: ApiEndpoint<Params, Query, Body, Result>,
  handler: (context: ApiHandlerContext<z.output<Params>, z.output<Query>, z.output<Body>>) => Promise<z.input<Result>>,
) {
  return async function apiHandler(request: Request, context?: RouteContext): Promise<Response> {
    const meta = requestMetaFrom(request.headers);
    const log = requestLogger(request.headers.get("x-request-id"));
    try {
      const caller = await authenticateApiToken(request.headers.get("authorization"), meta);
      await enforceApiRateLimit(caller.tokenId);
      if (!caller.scopes.has(endpoint.permission)) throw insufficientScope(endpoint.permission);
      if (!can(caller.member.role, endpoint.permission)) {
        throw new AppError("FORBIDDEN", "forbidden", "The token's creator's role does not allow this", {
          permission: endpoint.permission,
        });
      }
      const params = endpoint.params ? parseParams(endpoint.params, (await context?.params) ?? {}) : {};
      const query = endpoint.query ? readQuery(new URL(request.url), endpoint.query) : {};
      const body = endpoint.body
        ? await readJsonBody(request, endpoint.body)
        : { value: undefined, ...(await readEmptyBody(request)) };

      const respond = async (): Promise<Response> => {
        const result = await runAsApiToken(caller.tokenId, () =>
          handler({
            caller,
            request,
            params: params as z.output<Params>,
            query: query as z.output<Query>,
            body: body.value as z.output<Body>,
            meta,
          }),
        );
        if (!endpoint.response) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
        checkResponse(endpoint.response, result, endpoint.operationId);
        return Response.json(result, { status: endpoint.status ?? 200, headers: { "Cache-Control": "no-store" } });
      };

      const key = request.method === "POST" ? idempotencyKeyOf(request) : null;
      if (key === null) return await respond();
      const claim = await claimIdempotencyKey(caller.tokenId, key, requestHashOf(request, body.raw));
      if (claim.kind === "replay") return replayResponse(claim);
      const response = await respond().catch((error: unknown) => problemFromError(error, log));
      await settleIdempotencyKey(claim.id, response);
      return response;
    } catch (error) {
      return problemFromError(error, log);
    }
  };
}

/** A path segment that does not fit its schema names nothing: 404, like a missing record. */
function parseParams(schema: ApiParamsSchema, raw: Record<string, unknown>): unknown {
  try {
    return parseApiInput(schema, raw);
  } catch {
    throw new AppError("NOT_FOUND", "not_found", "Not found");
  }
}

/**
 * Outside production every answer is checked against the endpoint's response schema, so a
 * handler that drifts from the OpenAPI document fails its tests instead of lying to clients.
 */
function checkResponse(schema: z.ZodType, result: unknown, operationId: string): void {
  if (getEnv().NODE_ENV === "production") return;
  const parsed = schema.safeParse(result);
  if (!parsed.success) {
    throw new Error(`${operationId}: response does not match its schema: ${JSON.stringify(parsed.error.issues)}`);
  }
}
