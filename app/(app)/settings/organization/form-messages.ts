import type { Messages } from "@/lib/i18n/messages/fr";

/** The catalogue sections the organization settings forms need (not the whole catalogue). */
export type SettingsFormMessages = Pick<Messages, "settings" | "validation" | "common">;

export function pickFormMessages(messages: Messages): SettingsFormMessages {
  const { settings, validation, common } = messages;
  return { settings, validation, common };
}

/** Field error keys → texts: the shared validation section, then the settings one. */
export function validationTexts(messages: SettingsFormMessages): Record<string, string> {
  return { ...messages.validation, ...messages.settings.validation };
}
