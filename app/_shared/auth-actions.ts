"use server";

import { redirect } from "next/navigation";
import { logout } from "@/lib/auth/sessions/revoke-sessions";
import { getRequestMeta, getSession } from "./session";
import { clearSessionCookies } from "./session-cookies";

/** Logs out: the server-side session is revoked first, so a copied cookie is useless too. */
export async function logoutAction(): Promise<void> {
  const session = await getSession();
  if (session) await logout(session.sessionId, await getRequestMeta());
  await clearSessionCookies();
  redirect("/login");
}
