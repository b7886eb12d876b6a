import type { JsonSchema, OpenApiOperation } from "./api-v1-operations";

// Bad inputs for an operation, generated from its OpenAPI schemas (no list per endpoint, so a
// new endpoint is fuzzed as it lands): a schema-valid base body, then each field of it given a
// wrong type, each required field removed, an unknown field in each object, NUL bytes in each
// text, bad JSON, JSON that is not an object, a body over 1 MB; for queries, each parameter
// given a value its schema refuses, NUL bytes, an unknown parameter, a repeated one. Values that
// vary come from a seeded generator: one seed, one run, the same cases.

export type BadInput = {
  name: string;
  /** The body as sent (a string: bad JSON is possible); undefined: the base body, or none. */
  body?: string;
  query?: Record<string, string | string[]>;
  /** True when the case breaks the documented schema (checked with ajv by the test). */
  schemaInvalid: boolean;
  /** The body's value when it is JSON (for that check). */
  value?: unknown;
};

/** mulberry32: a small seeded generator (deterministic cases). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(random: () => number, length = 8): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join("");
}

type Path = (string | number)[];

/** The branches a value may take: the schema itself, or its anyOf/oneOf alternatives. */
function branches(schema: JsonSchema): JsonSchema[] {
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return alternatives ? alternatives.flatMap(branches) : [schema];
}

function typesOf(schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  for (const branch of branches(schema)) {
    const type = branch.type;
    for (const name of Array.isArray(type) ? type : type ? [type] : []) types.add(String(name));
    if (branch.const !== undefined) types.add(typeof branch.const);
  }
  if (types.has("integer")) types.add("number");
  return types;
}

/** A value the schema accepts: required properties only, one item per array, first enum value. */
export function sampleOf(schema: JsonSchema): unknown {
  const branch = branches(schema).find((candidate) => candidate.type !== "null") ?? schema;
  if (branch.const !== undefined) return branch.const;
  if (Array.isArray(branch.enum)) return branch.enum[0];
  if (branch.default !== undefined) return branch.default;
  switch (branch.type) {
    case "object": {
      const properties = (branch.properties ?? {}) as Record<string, JsonSchema>;
      const required = (branch.required ?? []) as string[];
      return Object.fromEntries(required.map((name) => [name, sampleOf(properties[name] ?? {})]));
    }
    case "array":
      return [sampleOf((branch.items ?? {}) as JsonSchema)];
    case "integer":
    case "number": {
      const minimum = typeof branch.minimum === "number" ? branch.minimum : 1;
      return Math.max(minimum, Math.min(1, typeof branch.maximum === "number" ? branch.maximum : 1));
    }
    case "boolean":
      return false;
    case "string": {
      if (branch.format === "date") return "2026-01-15";
      if (branch.format === "date-time") return "2026-01-15T10:00:00.000Z";
      if (branch.format === "email") return "someone@example.test";
      const minLength = typeof branch.minLength === "number" ? branch.minLength : 1;
      return "x".repeat(Math.max(minLength, 1));
    }
    default:
      return null;
  }
}

/** A JSON value of a type the schema does not allow (null when every type is allowed). */
function wrongValueFor(schema: JsonSchema, random: () => number): unknown {
  const types = typesOf(schema);
  if (types.size === 0) return undefined;
  const nullable = branches(schema).some((branch) => branch.type === "null");
  const candidates: [string, unknown][] = [
    ["number", Math.floor(random() * 100_000) + 0.5],
    ["string", word(random)],
    ["boolean", random() < 0.5],
    ["array", [word(random)]],
    ["object", { [word(random)]: 1 }],
  ];
  const wrong = candidates.filter(([type]) => !types.has(type));
  if (wrong.length === 0) return nullable ? undefined : null;
  return wrong[Math.floor(random() * wrong.length)]?.[1];
}

type Field = { path: Path; schema: JsonSchema; required: boolean; present: boolean };

/** Every property of the objects present in `value`, walking the schema alongside. */
function fieldsOf(schema: JsonSchema, value: unknown, path: Path = []): { fields: Field[]; objects: Path[] } {
  const fields: Field[] = [];
  const objects: Path[] = [];
  const branch =
    branches(schema).find((candidate) => candidate.type === (Array.isArray(value) ? "array" : typeof value)) ??
    branches(schema).find((candidate) => candidate.type === "object" && value !== null && typeof value === "object");
  if (!branch) return { fields, objects };
  if (branch.type === "array" && Array.isArray(value) && value.length > 0) {
    return fieldsOf((branch.items ?? {}) as JsonSchema, value[0], [...path, 0]);
  }
  if (branch.type !== "object" || value === null || typeof value !== "object") return { fields, objects };
  objects.push(path);
  const properties = (branch.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((branch.required ?? []) as string[]);
  for (const [name, property] of Object.entries(properties)) {
    const present = name in (value as Record<string, unknown>);
    fields.push({ path: [...path, name], schema: property, required: required.has(name), present });
    if (present) {
      const inner = fieldsOf(property, (value as Record<string, unknown>)[name], [...path, name]);
      fields.push(...inner.fields);
      objects.push(...inner.objects);
    }
  }
  return { fields, objects };
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return value;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const isText = (schema: JsonSchema) =>
  branches(schema).some((branch) => branch.type === "string" && !branch.enum && branch.const === undefined);

/** `required`: the operation needs a body (else an empty one is a valid request, not a bad one). */
export function badBodies(
  schema: JsonSchema,
  random: () => number,
  required = true,
): { base: unknown; cases: BadInput[] } {
  const base = sampleOf(schema);
  const { fields, objects } = fieldsOf(schema, base);
  const json = (name: string, value: unknown, schemaInvalid = true): BadInput => ({
    name,
    body: JSON.stringify(value),
    value,
    schemaInvalid,
  });
  const cases: BadInput[] = [
    { name: "bad JSON (cut short)", body: JSON.stringify(base).slice(0, -1) || "{", schemaInvalid: true },
    { name: "bad JSON (single quotes)", body: `{'${word(random)}': 1}`, schemaInvalid: true },
    ...(required ? [{ name: "empty body", body: "", schemaInvalid: true }] : []),
    json("JSON array instead of an object", [base]),
    json("JSON null", null),
    {
      name: "body over 1 MB",
      body: JSON.stringify({ ...(base as object), padding: word(random).repeat(140_000) }),
      schemaInvalid: true,
    },
  ];
  for (const path of objects) {
    cases.push(
      json(`unknown field in ${path.join(".") || "the body"}`, withValue(base, [...path, `extra_${word(random)}`], 1)),
    );
  }
  for (const field of fields) {
    const name = field.path.join(".");
    const wrong = wrongValueFor(field.schema, random);
    if (wrong !== undefined)
      cases.push(json(`${name}: wrong type ${JSON.stringify(wrong)}`, withValue(base, field.path, wrong)));
    if (field.required && field.present) cases.push(json(`${name}: missing`, withValue(base, field.path, undefined)));
    // A NUL byte is valid JSON Schema text: the server's control-character rule refuses it.
    if (isText(field.schema)) {
      cases.push(
        json(`${name}: NUL byte`, withValue(base, field.path, `${word(random, 3)}\u0000${word(random, 3)}`), false),
      );
    }
  }
  return { base, cases };
}

export function badQueries(operation: OpenApiOperation, random: () => number): BadInput[] {
  const parameters = operation.parameters.filter((parameter) => parameter.in === "query");
  if (parameters.length === 0) return [];
  const cases: BadInput[] = [
    { name: "unknown parameter", query: { [`extra_${word(random)}`]: "1" }, schemaInvalid: false },
  ];
  for (const { name, schema } of parameters) {
    const types = typesOf(schema);
    const refused: string[] = [];
    if (types.has("number")) refused.push(word(random));
    if (Array.isArray(schema.enum)) refused.push(`NOT_${word(random).toUpperCase()}`);
    if (schema.format === "date") refused.push(`2026-13-${String(Math.floor(random() * 28) + 1).padStart(2, "0")}`);
    if (typeof schema.maxLength === "number") refused.push(word(random).repeat(Math.ceil((schema.maxLength + 1) / 8)));
    if (types.has("boolean")) refused.push("maybe");
    for (const value of refused)
      cases.push({ name: `${name}=${value.slice(0, 20)}`, query: { [name]: value }, schemaInvalid: true });
    if (types.has("string") && !schema.enum) {
      cases.push({ name: `${name}: NUL byte`, query: { [name]: `a\u0000${word(random, 3)}` }, schemaInvalid: false });
    }
    const sample = String(sampleOf(schema));
    cases.push({ name: `${name} repeated`, query: { [name]: [sample, sample] }, schemaInvalid: false });
  }
  return cases;
}

/** Bodies for an operation that takes none (archive, delete…): only nothing or `{}` may pass. */
export function bodiesForNoBody(random: () => number): BadInput[] {
  return [
    { name: "unknown field", body: JSON.stringify({ [`extra_${word(random)}`]: 1 }), schemaInvalid: false },
    { name: "bad JSON (cut short)", body: `{"${word(random)}":`, schemaInvalid: false },
    { name: "JSON array", body: "[{}]", schemaInvalid: false },
    { name: "NUL byte", body: JSON.stringify({ [word(random)]: `a\u0000${word(random, 3)}` }), schemaInvalid: false },
    { name: "body over 1 MB", body: JSON.stringify({ padding: word(random).repeat(140_000) }), schemaInvalid: false },
  ];
}
