import "server-only";
import { notFound } from "next/navigation";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { getClient, type ClientDetail } from "@/lib/clients/get-client";
import { isAppError } from "@/lib/errors/app-error";

/** The client of the page's URL, or the 404 page (missing, or another organization's). */
export async function loadClient(member: MemberContext, id: string): Promise<ClientDetail> {
  try {
    return await getClient(member, id);
  } catch (error) {
    if (isAppError(error) && error.kind === "NOT_FOUND") notFound();
    throw error;
  }
}
