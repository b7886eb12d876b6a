import type { Messages } from "@/lib/i18n/messages/fr";

/** The catalogue sections the profile forms need (passed from the server page). */
export type ProfileMessages = Pick<Messages, "account" | "auth" | "validation" | "common">;

/** Field messages: the shared ones plus the account's own (current_password_wrong…). */
export function profileValidation(messages: ProfileMessages): Record<string, string> {
  return { ...messages.validation, ...messages.account.validation };
}
