"use server";

import { revalidatePath } from "next/cache";
import { retryEmail } from "@/lib/email/retry-email";
import type { FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// The "Envois" panel's "Réessayer": a thin shell. retryEmail checks documents.issue again and
// finds the email in the session's organization only (another's is email_not_found).

export async function retryEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return memberAction("documents.issue", async (member) => {
    const retried = await retryEmail(member, formData.get("emailId"), await getRequestMeta());
    // The document's page shows the send as queued (and then polls); the dashboard's count drops.
    if (retried.documentId) {
      for (const section of ["/quotes", "/invoices", "/credit-notes"]) {
        revalidatePath(`${section}/${retried.documentId}`);
      }
    }
    revalidatePath("/dashboard");
    return { status: "success" };
  });
}
