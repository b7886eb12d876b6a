import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { routeFileOf } from "../../support/api-v1/api-v1-dispatch";
import { apiV1Operations } from "../../support/api-v1/api-v1-operations";

// The /api/v1 OpenAPI document itself: valid OpenAPI 3.1 (the official JSON schema, through
// @seriousme/openapi-schema-validator), served as built, every operation backed by its route
// file, and the committed TypeScript types of the tests generated from this very document.

/**
 * @seriousme/openapi-schema-validator in a child process: it is ESM-only, and jest's CommonJS
 * runtime cannot load it.
 */
function validateOpenApi(document: unknown): { valid: boolean; version?: string; errors?: unknown[] } {
  const script = `
    import { Validator } from "@seriousme/openapi-schema-validator";
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(input));
    process.stdout.write(JSON.stringify({ ...result, version: validator.version }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    input: JSON.stringify(document),
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { valid: boolean; version?: string; errors?: unknown[] };
}

describe("/api/v1 OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 schema, as served at /api/v1/openapi.json", async () => {
    const served = (await openApiRoute().json()) as Record<string, unknown>;
    expect(served).toEqual(JSON.parse(JSON.stringify(apiV1Document())));
    const result = validateOpenApi(served);
    expect(result.errors ?? []).toEqual([]);
    expect(result).toMatchObject({ valid: true, version: "3.1" });
  });

  it("has unique operationIds, each with its route file exporting the method", async () => {
    const operations = apiV1Operations(apiV1Document());
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const missing: string[] = [];
    for (const operation of operations) {
      const file = routeFileOf(operation.path);
      const source = await readFile(file, "utf8").catch(() => "");
      if (!new RegExp(`export (const|async function|function) ${operation.method}\\b`).test(source)) {
        missing.push(`${operation.operationId}: ${file} exports no ${operation.method}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("matches the committed TypeScript types (else run `npm run api:types` and commit the file)", () => {
    // In a child process: openapi-typescript loads ESM-only modules jest's runtime cannot.
    const check = spawnSync("npm", ["run", "--silent", "api:types", "--", "--check"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`${check.stderr}${check.stdout}`.trim());
  }, 120_000);
});
