import type { Messages } from "@/lib/i18n/messages/fr";

/** The catalogue sections the clients pages' client components need (not the whole catalogue). */
export type ClientMessages = Pick<
  Messages,
  | "clients"
  | "clientForm"
  | "clientDetail"
  | "clientGroups"
  | "clientValidation"
  | "clientErrors"
  | "validation"
  | "common"
  | "lists"
>;

export function pickClientMessages(messages: Messages): ClientMessages {
  const { clients, clientForm, clientDetail, clientGroups, clientValidation, clientErrors, validation, common, lists } =
    messages;
  return { clients, clientForm, clientDetail, clientGroups, clientValidation, clientErrors, validation, common, lists };
}

/** Field error codes → texts (shared validation keys first, client ones override). */
export function fieldMessages(messages: ClientMessages): Record<string, string> {
  return { ...messages.validation, ...messages.clientValidation };
}
