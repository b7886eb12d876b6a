import type { Messages } from "@/lib/i18n/messages/fr";

/** The catalogue sections the members page's client forms need (not the whole catalogue). */
export type MembersFormMessages = Pick<
  Messages,
  "members" | "memberErrors" | "memberValidation" | "validation" | "roles" | "common"
>;

export function pickFormMessages(messages: Messages): MembersFormMessages {
  const { members, memberErrors, memberValidation, validation, roles, common } = messages;
  return { members, memberErrors, memberValidation, validation, roles, common };
}
