import "server-only";
import { cookies } from "next/headers";

// next-auth's cookie names, plain and with the __Secure- prefix it uses over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Forgets the session cookie (after logout or account deletion; the server side is already gone). */
export async function clearSessionCookies(): Promise<void> {
  const cookieStore = await cookies();
  for (const name of SESSION_COOKIES) cookieStore.delete(name);
}
