import { z } from "zod";
import { clientSorts, clientStatuses } from "@/lib/clients/client-list-query";
import { defineEndpoint } from "../api-endpoint";
import { pageSchema, paginationQueryShape } from "../pagination";
import { clientListItemResource } from "./client-resources";
import { clientGroupBody, clientGroupResource } from "./client-group-resources";

// /api/v1/client-groups: the groups of the clients page (list, create, rename, delete) and
// their members, over lib/client-groups. Groups are part of clients: clients.read/write.

const tag = "Client groups";
const idParams = z.strictObject({ id: z.string().max(64).describe("The group's id.") });
const memberParams = z.strictObject({
  id: z.string().max(64).describe("The group's id."),
  clientId: z.string().max(64).describe("The client's id."),
});

export const listClientGroupsEndpoint = defineEndpoint({
  method: "GET",
  path: "/client-groups",
  operationId: "listClientGroups",
  tag,
  summary: "List client groups",
  description: "By name, with how many clients each holds.",
  permission: "clients.read",
  query: z.strictObject({ ...paginationQueryShape }),
  response: pageSchema(clientGroupResource),
});

export const createClientGroupEndpoint = defineEndpoint({
  method: "POST",
  path: "/client-groups",
  operationId: "createClientGroup",
  tag,
  summary: "Create a client group",
  description: "The name must be free (400 with errors.name = group_name_taken otherwise).",
  permission: "clients.write",
  body: clientGroupBody,
  response: clientGroupResource,
  status: 201,
});

export const getClientGroupEndpoint = defineEndpoint({
  method: "GET",
  path: "/client-groups/{id}",
  operationId: "getClientGroup",
  tag,
  summary: "Get a client group",
  permission: "clients.read",
  params: idParams,
  response: clientGroupResource,
  errors: [404],
});

export const renameClientGroupEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/client-groups/{id}",
  operationId: "renameClientGroup",
  tag,
  summary: "Rename a client group",
  permission: "clients.write",
  params: idParams,
  body: clientGroupBody,
  response: clientGroupResource,
  errors: [404],
});

export const deleteClientGroupEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/client-groups/{id}",
  operationId: "deleteClientGroup",
  tag,
  summary: "Delete a client group",
  description: "Its clients stay; they are only no longer in the group.",
  permission: "clients.write",
  params: idParams,
  errors: [404],
});

export const listClientGroupMembersEndpoint = defineEndpoint({
  method: "GET",
  path: "/client-groups/{id}/clients",
  operationId: "listClientGroupMembers",
  tag,
  summary: "List the clients of a group",
  description: "The clients list filtered by the group (same search, statuses and order as GET /clients).",
  permission: "clients.read",
  params: idParams,
  query: z.strictObject({
    q: z.string().max(200).optional().describe("Search in names, emails, identifiers and city."),
    status: z.enum(clientStatuses).default("active"),
    sort: z.enum(clientSorts).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
    ...paginationQueryShape,
  }),
  response: pageSchema(clientListItemResource),
  errors: [404],
});

export const addClientToGroupEndpoint = defineEndpoint({
  method: "PUT",
  path: "/client-groups/{id}/clients/{clientId}",
  operationId: "addClientToGroup",
  tag,
  summary: "Put a client in a group",
  description: "Idempotent: a client already in the group stays in it.",
  permission: "clients.write",
  params: memberParams,
  errors: [404],
});

export const removeClientFromGroupEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/client-groups/{id}/clients/{clientId}",
  operationId: "removeClientFromGroup",
  tag,
  summary: "Take a client out of a group",
  description: "Idempotent: a client not in the group is left as it is.",
  permission: "clients.write",
  params: memberParams,
  errors: [404],
});

export const clientGroupsEndpoints = [
  listClientGroupsEndpoint,
  createClientGroupEndpoint,
  getClientGroupEndpoint,
  renameClientGroupEndpoint,
  deleteClientGroupEndpoint,
  listClientGroupMembersEndpoint,
  addClientToGroupEndpoint,
  removeClientFromGroupEndpoint,
];
