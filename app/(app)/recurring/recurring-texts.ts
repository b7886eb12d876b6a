import type { Messages } from "@/lib/i18n/messages/fr";
import { documentErrorTexts, documentFieldTexts } from "../_documents/document-texts";

// The recurring pages' error texts: the profile's own (recurringValidation, recurringErrors)
// over the document editor's, since a profile's content is checked by the editor's rules.
// Apart from the pages so that the profile page does not import the form's module (see
// _documents/document-texts.ts: a client component imported by a server module ships with it).

/** Field error codes of recurringProfileInput (profile fields and content) → texts. */
export function recurringFieldTexts(messages: Messages): Record<string, string> {
  return { ...documentFieldTexts(messages), ...messages.recurringValidation };
}

/** Error codes of lib/recurring and of the document functions it calls → texts. */
export function recurringErrorTexts(messages: Messages): Record<string, string> {
  return { ...documentErrorTexts(messages), ...messages.recurringErrors };
}
