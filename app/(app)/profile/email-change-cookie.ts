import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env/env";

// The pending email change's challenge token: httpOnly, and only sent to the profile page
// (its server actions post there). Separate from the login step's cookie on purpose.
const EMAIL_CHANGE_COOKIE = "facturo_email_change";
const COOKIE_PATH = "/profile";

export async function setEmailChangeCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(EMAIL_CHANGE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https://"),
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

export async function readEmailChangeCookie(): Promise<string | undefined> {
  return (await cookies()).get(EMAIL_CHANGE_COOKIE)?.value;
}

export async function clearEmailChangeCookie(): Promise<void> {
  (await cookies()).delete({ name: EMAIL_CHANGE_COOKIE, path: COOKIE_PATH });
}
