import type { Locale } from "./locales";
import { en } from "./messages/en";
import { fr, type Messages } from "./messages/fr";

const catalogues: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}
