import { cookies, headers } from "next/headers";
import { getMessages } from "@/lib/i18n/get-messages";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/fr";

export const LOCALE_COOKIE = "facturo_locale";

export async function getRequestLocale(): Promise<Locale> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

export async function getRequestMessages(): Promise<{ locale: Locale; messages: Messages }> {
  const locale = await getRequestLocale();
  return { locale, messages: getMessages(locale) };
}
