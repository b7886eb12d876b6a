import "server-only";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { groupNotFound } from "@/lib/client-groups/group-errors";
import { listGroups, type ClientGroupSummary } from "@/lib/client-groups/list-groups";

/**
 * One group of the acting organization, as the groups list shows it (with its client count);
 * lib/client-groups has no single-group read, and an organization's groups are few.
 * Another organization's id is group_not_found, like a missing one.
 */
export async function findClientGroup(member: MemberContext, groupId: string): Promise<ClientGroupSummary> {
  const group = (await listGroups(member)).find((candidate) => candidate.id === groupId);
  if (!group) throw groupNotFound();
  return group;
}
