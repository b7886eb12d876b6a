import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getMessages } from "@/lib/i18n/get-messages";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";

export const LOCALE_COOKIE = "facturo_locale";

/** The reader's language, resolved once per request (layout, page and components all ask). */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
});

export async function getRequestMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = await getRequestLocale();
  return { locale, messages: getMessages(locale) };
}
