import type { DisplayStatus } from "@/lib/documents/document-status";
import type { DocumentTypeName } from "./document-paths";

/** The one action a document page puts forward (the filled button) in a state. */
export type PrimaryAction = "issue" | "sendEmail" | "accept" | "convert" | null;

/**
 * One clear next step per document state: issue a draft invoice or credit note, send a draft
 * quote (or a just-issued document) by email, record the answer to a sent quote, invoice an
 * accepted one. Every other action of the page is a secondary (outlined) button.
 */
export function primaryActionOf(type: DocumentTypeName, status: DisplayStatus): PrimaryAction {
  if (status === "DRAFT") return type === "QUOTE" ? "sendEmail" : "issue";
  if (type === "QUOTE") {
    if (status === "SENT") return "accept";
    if (status === "ACCEPTED") return "convert";
    return null;
  }
  return status === "ISSUED" ? "sendEmail" : null;
}
