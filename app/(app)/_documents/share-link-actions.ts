"use server";

import { revalidatePath } from "next/cache";
import { createShareLinkForMember } from "@/lib/share-links/create-share-link";
import { regenerateShareLink, revokeShareLink } from "@/lib/share-links/revoke-share-link";
import type { FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// The share-links panel's actions: thin shells (documents.issue, checked again in lib). A new
// link's URL comes back once, in the action's answer, and is never stored.

export type ShareLinkActionState = FormState & { url?: string };

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The document's page, whichever section it lives in (the id alone names it). */
function refresh(documentId: string) {
  for (const section of ["/quotes", "/invoices", "/credit-notes"]) revalidatePath(`${section}/${documentId}`);
}

export async function createShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  return memberAction("documents.issue", async (member) => {
    const documentId = field(formData, "documentId");
    const link = await createShareLinkForMember(member, documentId, await getRequestMeta());
    refresh(documentId);
    return { status: "success", url: link.url };
  });
}

export async function revokeShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  return memberAction("documents.issue", async (member) => {
    const revoked = await revokeShareLink(member, field(formData, "linkId"), await getRequestMeta());
    refresh(revoked.documentId);
    return { status: "success" };
  });
}

export async function regenerateShareLinkAction(
  _previous: ShareLinkActionState,
  formData: FormData,
): Promise<ShareLinkActionState> {
  return memberAction("documents.issue", async (member) => {
    const link = await regenerateShareLink(member, field(formData, "linkId"), await getRequestMeta());
    refresh(link.documentId);
    return { status: "success", url: link.url };
  });
}
