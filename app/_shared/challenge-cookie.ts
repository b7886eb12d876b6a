import "server-only";
import { cookies } from "next/headers";
import { CHALLENGE_COOKIE } from "@/lib/auth/auth-cookies";
import { getEnv } from "@/lib/env/env";

/** The emailed-code step's token: httpOnly so page scripts never see it. */
export async function setChallengeCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().APP_URL.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
}

export async function readChallengeCookie(): Promise<string | undefined> {
  return (await cookies()).get(CHALLENGE_COOKIE)?.value;
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(CHALLENGE_COOKIE);
}
