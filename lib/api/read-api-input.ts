import { z } from "zod";
import { CONTROL_CHARACTERS_ERROR, controlCharacterPaths } from "@/lib/validation/control-characters";
import { apiFieldErrors, bodyTooLarge, invalidInput, invalidJson, unsupportedMediaType } from "./api-errors";

// Reading an API request's input before any domain code runs: the body with a size cap, JSON
// only, no control characters anywhere (PostgreSQL refuses NUL in text: it would otherwise
// surface as a 500), then the endpoint's strict zod schema (unknown fields are refused).

export const API_BODY_LIMIT_BYTES = 1024 * 1024;

/** Parses with the endpoint's schema; a failure is a 400 with field errors. */
export function parseApiInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const control = controlCharacterPaths(value);
  if (control.length > 0) {
    throw invalidInput(Object.fromEntries(control.map((path) => [path, [CONTROL_CHARACTERS_ERROR]])));
  }
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(apiFieldErrors(result.error));
  return result.data;
}

/** The query string as an object of strings; a repeated parameter is refused (no silent pick). */
export function readQuery<Schema extends z.ZodType>(url: URL, schema: Schema): z.output<Schema> {
  const values: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (key in values) repeated[key] = ["not_repeatable"];
    values[key] = value;
  }
  if (Object.keys(repeated).length > 0) throw invalidInput(repeated);
  return parseApiInput(schema, values);
}

/**
 * The body as JSON (at most API_BODY_LIMIT_BYTES, UTF-8, application/json) through the schema;
 * also the text as sent (what an Idempotency-Key's request hash covers). An empty POST body
 * stands for `{}` when the schema takes `{}` (see bodyIsOptional).
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<{ value: z.output<Schema>; raw: string }> {
  refuseDeclaredOversize(request);
  refuseNonJson(request);
  return parseJsonBytes(await readCapped(request), schema, request.method === "POST");
}

const noBody = z.strictObject({});

/**
 * The body of an endpoint that takes none (archive, delete…): empty, or an empty JSON object
 * (what many clients send with a POST). Anything else is refused like a bad body, never
 * silently ignored: a huge body is still 413, a field is still an unknown field.
 */
export async function readEmptyBody(request: Request): Promise<{ raw: string }> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return { raw: "" };
  refuseDeclaredOversize(request);
  const bytes = await readCapped(request);
  if (bytes.byteLength === 0) return { raw: "" };
  refuseNonJson(request);
  return { raw: parseJsonBytes(bytes, noBody).raw };
}

function refuseDeclaredOversize(request: Request): void {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > API_BODY_LIMIT_BYTES) throw bodyTooLarge(API_BODY_LIMIT_BYTES);
}

function refuseNonJson(request: Request): void {
  const contentType = request.headers.get("content-type");
  if (contentType !== null && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
    throw unsupportedMediaType();
  }
}

function parseJsonBytes<Schema extends z.ZodType>(
  bytes: Uint8Array,
  schema: Schema,
  emptyIsObject = false,
): { value: z.output<Schema>; raw: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidJson("The request body is not UTF-8");
  }
  if (text.trim() === "") {
    // An action whose fields are all optional (issue, send…) is often POSTed with no body:
    // that means "no fields", as `{}` does. Where a field is required, a body is required; a
    // PATCH without one is a mistake, not an update of nothing.
    const empty = emptyIsObject ? schema.safeParse({}) : null;
    if (empty?.success) return { value: empty.data, raw: text };
    throw invalidJson("A JSON body is required");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidJson();
  }
  return { value: parseApiInput(schema, value), raw: text };
}

/** Reads the body chunk by chunk and stops as soon as it passes the cap (Content-Length may lie or be absent). */
async function readCapped(request: Request): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > API_BODY_LIMIT_BYTES) {
      await reader.cancel();
      throw bodyTooLarge(API_BODY_LIMIT_BYTES);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A POST whose schema takes `{}` may come without a body (readJsonBody; the OpenAPI document says so). */
export function bodyIsOptional(method: string, schema: z.ZodType): boolean {
  return method === "POST" && schema.safeParse({}).success;
}
