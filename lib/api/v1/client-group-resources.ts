import { z } from "zod";
import { GROUP_NAME_MAX } from "@/lib/client-groups/group-schemas";
import type { ClientGroupSummary } from "@/lib/client-groups/list-groups";

// The wire shape of client groups in /api/v1. The name's rules (trimmed, not empty, unique
// per organization in any case) stay in lib/client-groups, which createGroup/renameGroup apply.

export const clientGroupResource = z.strictObject({
  id: z.string(),
  name: z.string(),
  clientCount: z.int().describe("Clients in the group, archived ones included."),
});

/** POST /client-groups and PATCH /client-groups/{id}: the name is the group's only field. */
export const clientGroupBody = z.strictObject({
  name: z.string().max(GROUP_NAME_MAX).describe("Unique in the organization, compared without case."),
});

export function toClientGroupResource(group: ClientGroupSummary): z.input<typeof clientGroupResource> {
  return { id: group.id, name: group.name, clientCount: group.clientCount };
}
