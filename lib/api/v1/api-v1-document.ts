import packageJson from "@/package.json";
import { buildOpenApiDocument } from "../openapi-document";
import { apiV1Endpoints } from "./api-v1-endpoints";

let cached: Record<string, unknown> | undefined;

/** The /api/v1 OpenAPI document (built once per process: the endpoints are static). */
export function apiV1Document(): Record<string, unknown> {
  cached ??= buildOpenApiDocument(apiV1Endpoints, { version: packageJson.version });
  return cached;
}
