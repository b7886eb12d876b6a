"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { logout } from "@/lib/auth/sessions/revoke-sessions";
import { getRequestMeta, getSession } from "./session";

// next-auth's cookie names, plain and with the __Secure- prefix it uses over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Logs out: the server-side session is revoked first, so a copied cookie is useless too. */
export async function logoutAction(): Promise<void> {
  const session = await getSession();
  if (session) await logout(session.sessionId, await getRequestMeta());
  const cookieStore = await cookies();
  for (const name of SESSION_COOKIES) cookieStore.delete(name);
  redirect("/login");
}
