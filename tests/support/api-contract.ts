import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { apiV1Document } from "@/lib/api/v1/api-v1-document";

// Checks API answers against the served OpenAPI document (JSON Schema 2020-12, OpenAPI 3.1's
// dialect): the status must be documented for the operation, and the body must match the
// schema of that status and content type.

type Answer = { status: number; contentType: string | null; json: unknown };

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

let ajv: Ajv2020 | undefined;

function validator(): Ajv2020 {
  if (ajv) return ajv;
  // strict: false — the document is not a schema itself; only its parts are used as schemas.
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(apiV1Document(), "openapi");
  return ajv;
}

/** Throws with the validation errors when the answer is not what the document says. */
export function expectDocumented(method: string, pathTemplate: string, answer: Answer): void {
  const operation = (apiV1Document().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
    pathTemplate
  ]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${pathTemplate} is not in the OpenAPI document`);
  const response = operation.responses[String(answer.status)] as { content?: Record<string, unknown> } | undefined;
  if (!response) throw new Error(`${method} ${pathTemplate}: status ${answer.status} is not documented`);
  if (!response.content) {
    if (answer.json !== null)
      throw new Error(`${method} ${pathTemplate} ${answer.status}: a body where none is documented`);
    return;
  }
  const mediaType = (answer.contentType ?? "").split(";")[0]!.trim();
  if (!(mediaType in response.content)) {
    throw new Error(`${method} ${pathTemplate} ${answer.status}: content type ${mediaType} is not documented`);
  }
  const ref = `openapi#/${pointer("paths", pathTemplate, method.toLowerCase(), "responses", String(answer.status), "content", mediaType, "schema")}`;
  const validate = validator().getSchema(ref);
  if (!validate) throw new Error(`no schema at ${ref}`);
  if (!validate(answer.json)) {
    throw new Error(
      `${method} ${pathTemplate} ${answer.status} does not match the document: ${JSON.stringify(validate.errors)}\n${JSON.stringify(answer.json)}`,
    );
  }
}
