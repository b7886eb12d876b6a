import type { AnyApiEndpoint } from "../api-endpoint";
import { articlesEndpoints } from "./articles-endpoints";
import { clientGroupsEndpoints } from "./client-groups-endpoints";
import { clientsEndpoints } from "./clients-endpoints";
import { documentFacturxEndpoint, documentPdfEndpoint } from "./document-file-endpoints";
import { documentsEndpoints } from "./documents-endpoints";
import { getOrganizationEndpoint } from "./organization-endpoints";
import { paymentsEndpoints } from "./payments-endpoints";

// The registry: every /api/v1 endpoint, in the order of the OpenAPI document. An endpoint
// missing here is missing from the documentation (and from the contract tests that read it).
export const apiV1Endpoints: readonly AnyApiEndpoint[] = [
  getOrganizationEndpoint,
  ...clientsEndpoints,
  ...clientGroupsEndpoints,
  ...articlesEndpoints,
  ...documentsEndpoints,
  // File downloads: a media type instead of a JSON body (apiFileRoute).
  documentPdfEndpoint,
  documentFacturxEndpoint,
  ...paymentsEndpoints,
];
