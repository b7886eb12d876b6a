import type { Messages } from "@/lib/i18n/messages/fr";

// The document forms' error texts, for the editor and for the document page's actions. Apart
// from editor-page.tsx on purpose: a server module that imports a client component puts it in the
// JavaScript of every route that imports that module, rendered or not — the document page took
// these two functions from editor-page.tsx and so shipped the whole DocumentEditor (and zod) to
// every quote, invoice and credit note page (Lighthouse mobile, issue 11).

/** Field error codes of documentInput and the lifecycle forms → texts. */
export function documentFieldTexts(messages: Messages): Record<string, string> {
  return { ...messages.validation, ...messages.quoteValidation, ...messages.documentValidation };
}

/** Error codes of the document, quote, credit note and payment functions → texts. */
export function documentErrorTexts(messages: Messages): Record<string, string> {
  return { ...messages.paymentErrors, ...messages.quoteErrors, ...messages.documentErrors };
}
