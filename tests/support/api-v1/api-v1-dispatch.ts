import path from "node:path";
import type { OpenApiOperation } from "./api-v1-operations";

// Calls an /api/v1 operation's route handler in-process with a real Request, found by Next.js's
// file convention from the document's path: "/documents/{id}/share-links/{linkId}/revoke" is
// app/api/v1/documents/[id]/share-links/[linkId]/revoke/route.ts, its export named by the method.
// A registry path without its route file fails here, naming the file.

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type DispatchInput = {
  token?: string | null;
  params?: Record<string, string>;
  /** Query parameters: a string each, or an array for a repeated parameter. */
  query?: Record<string, string | string[]>;
  /** A value sent as JSON, or a string sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
};

export function routeFileOf(operationPath: string): string {
  const segments = operationPath.replace(/\{(\w+)\}/g, "[$1]");
  return path.join("app/api/v1", segments, "route.ts");
}

export async function handlerOf(operation: OpenApiOperation): Promise<RouteHandler> {
  const file = routeFileOf(operation.path);
  let routeModule: Record<string, unknown>;
  try {
    routeModule = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${operation.operationId}: cannot load ${file}: ${String(error)}`);
  }
  const handler = routeModule[operation.method];
  if (typeof handler !== "function")
    throw new Error(`${operation.operationId}: ${file} exports no ${operation.method}`);
  return handler as RouteHandler;
}

/** The request path with its parameters filled in (each one URL-encoded). */
export function filledPath(operation: OpenApiOperation, params: Record<string, string> = {}): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operation.operationId}: no value for the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

export function requestFor(operation: OpenApiOperation, input: DispatchInput = {}): Request {
  const url = new URL(`http://localhost/api/v1${filledPath(operation, input.params)}`);
  for (const [name, value] of Object.entries(input.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
  }
  const body =
    input.body === undefined ? undefined : typeof input.body === "string" ? input.body : JSON.stringify(input.body);
  const headers: Record<string, string> = {
    "x-forwarded-for": "192.0.2.20",
    "user-agent": "api-contract-test",
    ...(input.token ? { authorization: `Bearer ${input.token}` } : {}),
    ...(body !== undefined ? { "content-type": "application/json" } : {}),
    ...input.headers,
  };
  return new Request(url, { method: operation.method, headers, body });
}

export async function dispatch(operation: OpenApiOperation, input: DispatchInput = {}): Promise<Response> {
  const handler = await handlerOf(operation);
  return handler(requestFor(operation, input), { params: Promise.resolve(input.params ?? {}) });
}
