import { z } from "zod";
import type { AnyApiEndpoint } from "./api-endpoint";
import { API_BODY_LIMIT_BYTES, bodyIsOptional } from "./read-api-input";

// The OpenAPI 3.1 document, generated from the endpoints' own zod schemas (zod 4's JSON Schema
// output is draft 2020-12, the dialect of OpenAPI 3.1): nothing here restates a schema.

type JsonObject = Record<string, unknown>;

/** A schema as JSON Schema: request side ("input": defaults optional) or response side ("output"). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  // The dialect is the document's (OpenAPI 3.1's default), not restated on every schema.
  const result = z.toJSONSchema(schema, { io, target: "draft-2020-12" }) as JsonObject;
  delete result.$schema;
  return result;
}

const problemSchema: JsonObject = {
  type: "object",
  required: ["type", "title", "status", "code"],
  properties: {
    type: { type: "string", description: "about:blank" },
    title: { type: "string", description: "What went wrong, in English." },
    status: { type: "integer" },
    code: { type: "string", description: "Stable machine code, e.g. invalid_input, invalid_token, client_not_found." },
    detail: { type: "string" },
    errors: {
      type: "object",
      description: 'Field errors: { "field.path": ["code or message"] }; "_form" for the whole body.',
      additionalProperties: { type: "array", items: { type: "string" } },
    },
  },
};

const errorDescriptions: Record<number, string> = {
  400: "Invalid input: bad JSON, NUL or control characters, unknown fields, wrong types (see errors).",
  401: "Missing, invalid, expired or revoked token, or a disabled organization (code invalid_token).",
  403: "The token lacks the scope (insufficient_scope) or its creator's role does not allow it (forbidden).",
  404: "Not found (another organization's ids included).",
  409: "The resource's state does not allow this, or a request with this Idempotency-Key is still running.",
  413: `Body over ${API_BODY_LIMIT_BYTES} bytes.`,
  415: "The body is not application/json.",
  422: "This Idempotency-Key was used for another request (idempotency_key_reused).",
  429: "Too many requests: wait Retry-After seconds.",
  500: "Unexpected error.",
};

const idempotencyKeyParameter: JsonObject = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Makes a retry safe: the first response for this key (per token) is stored 24 h and replayed " +
    "(header Idempotency-Replayed: true). The same key with another request: 422; while the first runs: 409.",
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

function parameters(endpoint: AnyApiEndpoint): JsonObject[] {
  const result: JsonObject[] = endpoint.method === "POST" ? [idempotencyKeyParameter] : [];
  for (const [place, schema] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonObject>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...propertySchema } = property;
      result.push({
        name,
        in: place,
        required: place === "path" || (object.required ?? []).includes(name),
        ...(typeof description === "string" ? { description } : {}),
        schema: propertySchema,
      });
    }
  }
  return result;
}

function operation(endpoint: AnyApiEndpoint): JsonObject {
  const post = endpoint.method === "POST";
  const errorStatuses = [
    400,
    401,
    403,
    ...(endpoint.errors ?? []),
    ...(endpoint.method === "GET" ? [] : [413, 415]),
    ...(post ? [409, 422] : []),
    429,
    500,
  ];
  const responses: JsonObject = {};
  if (endpoint.mediaType) {
    responses["200"] = {
      description: endpoint.summary,
      content: { [endpoint.mediaType]: { schema: { type: "string", contentMediaType: endpoint.mediaType } } },
    };
  } else if (endpoint.response) {
    responses[String(endpoint.status ?? 200)] = {
      description: endpoint.summary,
      content: { "application/json": { schema: jsonSchema(endpoint.response, "output") } },
    };
  } else {
    responses["204"] = { description: endpoint.summary };
  }
  for (const status of [...new Set(errorStatuses)].sort((a, b) => a - b)) {
    responses[String(status)] = {
      description: errorDescriptions[status] ?? "Error",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
  }
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, `Scope: \`${endpoint.permission}\`.`].filter(Boolean).join("\n\n"),
    // OpenAPI 3.1 lets a non-OAuth scheme list the roles it needs: here the token's scope.
    security: [{ bearerAuth: [endpoint.permission] }],
    "x-required-scope": endpoint.permission,
    ...(parameters(endpoint).length > 0 ? { parameters: parameters(endpoint) } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: !bodyIsOptional(endpoint.method, endpoint.body),
            content: { "application/json": { schema: jsonSchema(endpoint.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(endpoints: readonly AnyApiEndpoint[], options: { version: string }): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Facturo API",
      version: options.version,
      description:
        "Invoicing API. Authenticate with an API token (Settings → API): `Authorization: Bearer fct_…`. " +
        "Errors are RFC 9457 problem+json. Lists are paginated with `limit` and an opaque `cursor`.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "fct_ + 43 base64url characters" },
      },
      schemas: { Problem: problemSchema },
    },
    security: [{ bearerAuth: [] }],
  };
}
