"use server";

import { revalidatePath } from "next/cache";
import { documentSection } from "@/components/documents/document-paths";
import { remindDocument, sendDocument } from "@/lib/sending/send-document";
import type { FormState } from "../../_shared/form-state";
import { memberAction } from "../../_shared/member-action";
import { getRequestMeta } from "../../_shared/session";

// The send and reminder dialogs' actions: thin shells. The form's fields become the input of
// sendDocument / remindDocument (which parse it with sendDocumentInput and check the
// recipients against the client's addresses); documents.issue in the session's organization.

function inputOf(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const recipients = formData.getAll("recipients").filter((value): value is string => typeof value === "string");
  return {
    documentId: text("documentId"),
    input: { recipients, subject: text("subject"), message: text("message") },
    // Given back on an error so nothing typed is lost (recipients one per line).
    values: { recipients: recipients.join("\n"), subject: text("subject"), message: text("message") },
  };
}

async function run(formData: FormData, send: typeof sendDocument): Promise<FormState> {
  const { documentId, input, values } = inputOf(formData);
  return memberAction(
    "documents.issue",
    async (member) => {
      await send(member, documentId, input, await getRequestMeta());
      // Status, number and the "Envois" panel changed; the lists show sent quotes too.
      for (const type of ["QUOTE", "INVOICE", "CREDIT_NOTE"] as const) revalidatePath(documentSection(type), "layout");
      return { status: "success" };
    },
    { values },
  );
}

export async function sendDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, sendDocument);
}

export async function remindDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, remindDocument);
}
