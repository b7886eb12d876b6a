import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { setClientGroups } from "@/lib/client-groups/set-client-groups";
import { getClient } from "@/lib/clients/get-client";
import { findClientGroup } from "./find-client-group";

/**
 * Puts a client in a group or takes it out, through setClientGroups (the client form's own
 * operation, which replaces the client's whole set): the set is the client's current groups
 * with this one added or removed. Idempotent; group then client must exist (404 otherwise).
 */
export async function setClientGroupMembership(
  member: MemberContext,
  groupId: string,
  clientId: string,
  inGroup: boolean,
  meta: RequestMeta,
): Promise<void> {
  await findClientGroup(member, groupId);
  const client = await getClient(member, clientId);
  const current = client.groups.map((group) => group.id);
  const groupIds = inGroup ? [...current, groupId] : current.filter((id) => id !== groupId);
  await setClientGroups(member, { clientId: client.id, groupIds }, meta);
}
