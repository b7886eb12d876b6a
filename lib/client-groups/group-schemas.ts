import { z } from "zod";

// Messages are catalogue keys: validation.* and clientValidation.*.

export const GROUP_NAME_MAX = 80;
export const MAX_GROUPS_PER_CLIENT = 100;

const recordId = z.string({ error: "required" }).trim().min(1, "required").max(64, "too_long");

export const groupNameSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(GROUP_NAME_MAX, "too_long");

export const createGroupInput = z.object({ name: groupNameSchema });

export const renameGroupInput = z.object({ groupId: recordId, name: groupNameSchema });

export const deleteGroupInput = z.object({ groupId: recordId });

/** The client's complete set of groups (replaces the current one); duplicates are ignored. */
export const setClientGroupsInput = z.object({
  clientId: recordId,
  groupIds: z
    .array(recordId)
    .max(MAX_GROUPS_PER_CLIENT, "too_many")
    .transform((ids) => [...new Set(ids)]),
});

/** One membership to add (inGroup) or remove, the client's other groups untouched. */
export const changeClientGroupInput = z.object({ clientId: recordId, groupId: recordId, inGroup: z.boolean() });
