import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

// One /api/v1 endpoint as data: what it is (method, path, summary), what it needs (the
// permission a token's scopes and its creator's role must both hold) and its zod schemas.
// apiRoute parses requests with these schemas and the OpenAPI document is generated from the
// very same objects, so the documentation cannot drift from what the server accepts.

export type ApiMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** Path and query parameters are flat objects: their keys become OpenAPI parameters. */
export type ApiParamsSchema = z.ZodObject;

export type EmptySchema = z.ZodObject<Record<never, never>, z.core.$strict>;

export type ApiEndpoint<
  Params extends ApiParamsSchema = EmptySchema,
  Query extends ApiParamsSchema = EmptySchema,
  Body extends z.ZodType = z.ZodUndefined,
  Result extends z.ZodType = z.ZodVoid,
> = {
  method: ApiMethod;
  /** OpenAPI form, relative to /api/v1: "/clients/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  permission: Permission;
  params?: Params;
  query?: Query;
  /** A JSON body (read with the 1 MB cap); absent: the body must be empty or `{}`. */
  body?: Body;
  /** The success body; absent: 204 without a body. */
  response?: Result;
  /** Success status when there is a body (201 for a creation, 202 for work queued); 200 by default. */
  status?: 200 | 201 | 202;
  /** Failures worth documenting beyond 400/401/403/429/500 (404 for an id, 409 for a conflict). */
  errors?: readonly (404 | 409 | 413 | 415 | 422)[];
  /** A file download (apiFileRoute): 200 with this media type instead of a JSON body. */
  mediaType?: string;
};

/** Identity with inference: `defineEndpoint({ ... })` keeps the schemas' exact types. */
export function defineEndpoint<
  Params extends ApiParamsSchema = EmptySchema,
  Query extends ApiParamsSchema = EmptySchema,
  Body extends z.ZodType = z.ZodUndefined,
  Result extends z.ZodType = z.ZodVoid,
>(endpoint: ApiEndpoint<Params, Query, Body, Result>): ApiEndpoint<Params, Query, Body, Result> {
  return endpoint;
}

/** Any endpoint, for the registry and the OpenAPI document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApiEndpoint = ApiEndpoint<any, any, any, any>;
