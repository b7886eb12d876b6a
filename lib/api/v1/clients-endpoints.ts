import { z } from "zod";
import { clientKinds } from "@/lib/clients/client-schema";
import { clientSorts, clientStatuses } from "@/lib/clients/client-list-query";
import { defineEndpoint } from "../api-endpoint";
import { pageSchema, paginationQueryShape } from "../pagination";
import { clientCreateBody, clientListItemResource, clientPatchBody, clientResource } from "./client-resources";

// /api/v1/clients: the clients page's list (same filters, search and order), the client's
// page, and its form's create/update/archive/delete, over lib/clients.

const tag = "Clients";
const idParams = z.strictObject({ id: z.string().max(64).describe("The client's id.") });

export const listClientsEndpoint = defineEndpoint({
  method: "GET",
  path: "/clients",
  operationId: "listClients",
  tag,
  summary: "List clients",
  description: "Search and filters as on the clients page; active clients by default.",
  permission: "clients.read",
  query: z.strictObject({
    q: z.string().max(200).optional().describe("Search in names, emails, identifiers and city."),
    status: z.enum(clientStatuses).default("active"),
    kind: z.enum(clientKinds).optional(),
    group: z.string().max(64).optional().describe("A group id."),
    sort: z.enum(clientSorts).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
    ...paginationQueryShape,
  }),
  response: pageSchema(clientListItemResource),
});

export const createClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/clients",
  operationId: "createClient",
  tag,
  summary: "Create a client",
  permission: "clients.write",
  body: clientCreateBody,
  response: clientResource,
  status: 201,
});

export const getClientEndpoint = defineEndpoint({
  method: "GET",
  path: "/clients/{id}",
  operationId: "getClient",
  tag,
  summary: "Get a client",
  permission: "clients.read",
  params: idParams,
  response: clientResource,
  errors: [404],
});

export const updateClientEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/clients/{id}",
  operationId: "updateClient",
  tag,
  summary: "Update a client",
  description:
    "Changes the fields given; the client is then checked as a whole, as the form does. The other fields are the stored ones: if someone changes the client between that read and the write, the answer is 409 client_changed and nothing is written (send the PATCH again).",
  permission: "clients.write",
  params: idParams,
  body: clientPatchBody,
  response: clientResource,
  errors: [404, 409],
});

export const deleteClientEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/clients/{id}",
  operationId: "deleteClient",
  tag,
  summary: "Delete a client",
  description: "Only a client no document names (409 client_in_use otherwise: archive it).",
  permission: "clients.write",
  params: idParams,
  errors: [404, 409],
});

export const archiveClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/clients/{id}/archive",
  operationId: "archiveClient",
  tag,
  summary: "Archive a client",
  description: "Hidden from the list and from new documents; kept with its documents. Idempotent.",
  permission: "clients.write",
  params: idParams,
  response: clientResource,
  errors: [404],
});

export const unarchiveClientEndpoint = defineEndpoint({
  method: "POST",
  path: "/clients/{id}/unarchive",
  operationId: "unarchiveClient",
  tag,
  summary: "Unarchive a client",
  permission: "clients.write",
  params: idParams,
  response: clientResource,
  errors: [404],
});

export const clientsEndpoints = [
  listClientsEndpoint,
  createClientEndpoint,
  getClientEndpoint,
  updateClientEndpoint,
  deleteClientEndpoint,
  archiveClientEndpoint,
  unarchiveClientEndpoint,
];
