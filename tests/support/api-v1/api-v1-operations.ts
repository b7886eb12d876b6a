// The operations of the served /api/v1 OpenAPI document, as data the contract and fuzz tests
// iterate over: a new endpoint in the registry is a new entry here with nothing to add. Takes the
// document as an argument: the built one (apiV1Document()) in-process, the served one in e2e.

export type JsonSchema = Record<string, unknown>;

export type OpenApiParameter = { name: string; in: "path" | "query" | "header"; required: boolean; schema: JsonSchema };

export type OpenApiOperation = {
  operationId: string;
  method: string;
  /** Relative to /api/v1, OpenAPI form: "/clients/{id}". */
  path: string;
  parameters: OpenApiParameter[];
  /** The JSON body's schema; null without a body. */
  requestBody: JsonSchema | null;
  /** Whether a request must have a body (an action with optional fields may come without). */
  requestBodyRequired: boolean;
  /** status → media type → schema (null: a status without a body). */
  responses: Record<string, Record<string, JsonSchema> | null>;
};

type RawOperation = {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};

export function apiV1Operations(document: Record<string, unknown>): OpenApiOperation[] {
  const paths = document.paths as Record<string, Record<string, RawOperation>>;
  const result: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const responses: OpenApiOperation["responses"] = {};
      for (const [status, response] of Object.entries(raw.responses)) {
        responses[status] = response.content
          ? Object.fromEntries(Object.entries(response.content).map(([type, media]) => [type, media.schema ?? {}]))
          : null;
      }
      result.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        parameters: raw.parameters ?? [],
        requestBody: raw.requestBody?.content["application/json"]?.schema ?? null,
        requestBodyRequired: raw.requestBody?.required === true,
        responses,
      });
    }
  }
  return result;
}

export function operationById(operations: OpenApiOperation[], operationId: string): OpenApiOperation {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`The OpenAPI document has no operation ${operationId}`);
  return operation;
}

export type OperationMatch = { operation: OpenApiOperation; params: Record<string, string> };

/** The operation a request is for (method and path under /api/v1), with its path parameters. */
export function matchOperation(
  operations: OpenApiOperation[],
  method: string,
  pathname: string,
): OperationMatch | null {
  const relative = pathname.replace(/^\/api\/v1(?=\/)/, "");
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const names: string[] = [];
    const pattern = operation.path
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      })
      .join("");
    const found = new RegExp(`^${pattern}$`).exec(relative);
    if (found) {
      const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? "")]));
      return { operation, params };
    }
  }
  return null;
}
