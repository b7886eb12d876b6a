import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { changeClientGroup } from "@/lib/client-groups/set-client-groups";
import { findClientGroup } from "./find-client-group";

/**
 * Puts a client in a group or takes it out (lib/client-groups changeClientGroup: decided under
 * the client's lock, other groups untouched). Idempotent; group then client must exist (404).
 */
export async function setClientGroupMembership(
  member: MemberContext,
  groupId: string,
  clientId: string,
  inGroup: boolean,
  meta: RequestMeta,
): Promise<void> {
  await findClientGroup(member, groupId);
  await changeClientGroup(member, { clientId, groupId, inGroup }, meta);
}
