import "server-only";
import type { z } from "zod";
import type { ApiEndpoint, ApiParamsSchema, EmptySchema } from "../api-endpoint";
import { apiRoute, type ApiHandlerContext } from "../api-route";

// A file download under /api/v1 (a PDF, an XML): apiRoute does everything it does for JSON —
// token, rate limit, scope and role, params, problem+json failures, the token as the actor —
// with a handler that answers nothing (its 204); the file it produced then replaces that
// answer. Only GET: no body, no Idempotency-Key.

export type ApiFileEndpoint<Params extends ApiParamsSchema> = Omit<
  ApiEndpoint<Params, EmptySchema, z.ZodUndefined, z.ZodVoid>,
  "method" | "body" | "response" | "status"
> & { method: "GET"; mediaType: string };

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export function apiFileRoute<Params extends ApiParamsSchema>(
  endpoint: ApiFileEndpoint<Params>,
  handler: (context: ApiHandlerContext<z.output<Params>, unknown, unknown>) => Promise<Response>,
) {
  return async function apiFileHandler(request: Request, context?: RouteContext): Promise<Response> {
    let file: Response | undefined;
    const answer = await apiRoute(endpoint, async (handlerContext) => {
      file = await handler(handlerContext);
    })(request, context);
    return answer.status === 204 && file ? file : answer;
  };
}
