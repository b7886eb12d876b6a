import { generateApiTokenSecret } from "@/lib/api-tokens/api-token-secret";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";

// API tokens and calls of /api/v1 route handlers with real Requests (no Next.js context: the
// handlers read only their request and their params).

/** A token row as token creation writes it; returns its secret. */
export async function addApiToken(
  organizationId: string,
  createdById: string,
  scopes: readonly Permission[],
  overrides: { expiresAt?: Date | null; revokedAt?: Date | null; name?: string } = {},
) {
  const { secret, prefix, tokenHash } = generateApiTokenSecret();
  const token = await db.apiToken.create({
    data: {
      organizationId,
      createdById,
      name: overrides.name ?? "test token",
      prefix,
      tokenHash,
      scopes: [...scopes],
      expiresAt: overrides.expiresAt ?? null,
      revokedAt: overrides.revokedAt ?? null,
    },
  });
  return { id: token.id, secret };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiCallOptions = {
  token?: string | null;
  /** A value sent as JSON, or a string sent as is. */
  body?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  ip?: string;
};

export async function callApi(handler: Handler, method: string, path: string, options: ApiCallOptions = {}) {
  const headers: Record<string, string> = {
    "x-forwarded-for": options.ip ?? "192.0.2.10",
    "user-agent": "api-test",
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    ...options.headers,
  };
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body);
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get("content-type"),
    json: text === "" ? null : (JSON.parse(text) as Record<string, unknown> & { data?: Record<string, unknown>[] }),
  };
}
