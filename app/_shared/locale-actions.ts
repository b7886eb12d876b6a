"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "./request-locale";

const setLocaleInput = z.object({ locale: z.enum(locales) });

export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleInput.safeParse({ locale: formData.get("locale") });
  // An unknown language is ignored: the page simply stays in the current one.
  if (!parsed.success) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}
