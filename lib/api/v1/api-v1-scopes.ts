import { permissions, type Permission } from "@/lib/auth/permissions";
import { apiV1Endpoints } from "./api-v1-endpoints";

/** The permissions some /api/v1 endpoint needs, in the permission table's order: the scopes worth granting. */
export function apiV1Scopes(): Permission[] {
  const used = new Set(apiV1Endpoints.map((endpoint) => endpoint.permission));
  return permissions.filter((permission) => used.has(permission));
}
