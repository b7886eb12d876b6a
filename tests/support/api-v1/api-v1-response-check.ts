import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { JsonSchema, OpenApiOperation } from "./api-v1-operations";

// Checks an answer of /api/v1 against the OpenAPI document with a JSON Schema 2020-12 validator
// (ajv, OpenAPI 3.1's dialect): the status is one the operation declares, the media type is the
// declared one (application/problem+json for every failure), and a JSON body validates against
// the declared schema. Returns what is wrong, as sentences naming the operation; [] when right.

export type CheckedResponse = {
  status: number;
  contentType: string | null;
  /** The body as text (JSON, XML); base64 is not needed: binary bodies are not parsed. */
  text: string;
  bytes: Uint8Array<ArrayBuffer>;
  json: unknown;
};

/** `$ref`s to #/components/… are replaced by their target: each schema then stands alone. */
function standalone(schema: unknown, components: Record<string, Record<string, unknown>>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => standalone(item, components));
  if (schema === null || typeof schema !== "object") return schema;
  const object = schema as Record<string, unknown>;
  const ref = object.$ref;
  if (typeof ref === "string" && ref.startsWith("#/components/")) {
    const [, , kind, name] = ref.split("/");
    const target = components[kind ?? ""]?.[name ?? ""];
    if (!target) throw new Error(`unresolved ${ref}`);
    return standalone(target, components);
  }
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, standalone(value, components)]));
}

export async function readResponse(response: Response): Promise<CheckedResponse> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const contentType = response.headers.get("content-type");
  let json: unknown = undefined;
  if (contentType && /json/.test(contentType) && text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, contentType, text, bytes, json };
}

/** Compiles (once per key) a schema of the document, its #/components references resolved. */
export function schemaCompiler(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const components = (document.components ?? {}) as Record<string, Record<string, unknown>>;
  const compiled = new Map<string, ValidateFunction>();
  return (key: string, schema: JsonSchema): ValidateFunction => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(standalone(schema, components) as JsonSchema);
      compiled.set(key, validate);
    }
    return validate;
  };
}

/** A checker of answers against one OpenAPI document (the one built in-process, or the one served). */
export function responseChecker(document: Record<string, unknown>) {
  const validatorFor = schemaCompiler(document);
  return (operation: OpenApiOperation, answer: CheckedResponse) => responseViolations(operation, answer, validatorFor);
}

function responseViolations(
  operation: OpenApiOperation,
  answer: CheckedResponse,
  validatorFor: (key: string, schema: JsonSchema) => ValidateFunction,
): string[] {
  const where = `${operation.operationId} (${operation.method} ${operation.path}) answered ${answer.status}`;
  const declared = operation.responses[String(answer.status)];
  if (declared === undefined) {
    const statuses = Object.keys(operation.responses).join(", ");
    return [`${where}: a status the document does not declare (${statuses}); body ${answer.text.slice(0, 300)}`];
  }
  if (declared === null) {
    return answer.bytes.length === 0 ? [] : [`${where}: a body where the document declares none`];
  }
  const mediaType = (answer.contentType ?? "").split(";")[0]?.trim() ?? "";
  const schema = declared[mediaType];
  if (!schema) {
    return [
      `${where}: Content-Type ${answer.contentType} where the document declares ${Object.keys(declared).join(", ")}`,
    ];
  }
  if (!mediaType.endsWith("json")) return answer.bytes.length > 0 ? [] : [`${where}: an empty ${mediaType} body`];
  if (answer.json === undefined) return [`${where}: a body that is not JSON: ${answer.text.slice(0, 200)}`];
  const validate = validatorFor(`${operation.operationId} ${answer.status} ${mediaType}`, schema);
  const problems: string[] = [];
  if (!validate(answer.json)) {
    for (const error of validate.errors ?? []) {
      problems.push(`${where}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }
  if (answer.status >= 400) {
    if (mediaType !== "application/problem+json") problems.push(`${where}: an error that is not problem+json`);
    if ((answer.json as { status?: unknown }).status !== answer.status) {
      problems.push(`${where}: a problem whose status is not the response's`);
    }
  }
  return problems;
}
