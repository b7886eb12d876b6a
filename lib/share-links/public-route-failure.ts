import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log/logger";

// How the public file routes of a share link (/api/public/[token]/facturx.xml, /logo) answer a
// failure: 429 with Retry-After over the address's limit, one 404 for every unusable link,
// else a logged 500 with no detail. Nothing is stored or passed on (no-store, no referrer).

export const PUBLIC_FILE_HEADERS = {
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(
    { status, ...body },
    {
      status,
      headers: {
        ...PUBLIC_FILE_HEADERS,
        "Cache-Control": "private, no-store",
        "Content-Type": "application/problem+json",
        ...headers,
      },
    },
  );
}

export function publicRouteFailure(error: unknown, request: Request, route: string): Response {
  if (isAppError(error) && error.kind === "RATE_LIMITED") {
    const seconds = error.details.retryAfterSeconds ?? 60;
    return problem(429, { code: error.code, params: { seconds } }, { "Retry-After": String(seconds) });
  }
  if (isAppError(error) && error.kind === "NOT_FOUND") return problem(404, { code: "public_link_unusable" });
  requestLogger(request.headers.get("x-request-id")).error(
    { err: error },
    `unexpected error in the public ${route} route`,
  );
  return problem(500, { code: "generic" });
}
