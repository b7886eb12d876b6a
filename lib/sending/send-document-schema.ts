import { z } from "zod";
import { sendLimits } from "./send-limits";

// What the send dialog (and the reminder dialog) submits, checked with this schema in the
// browser and again on the server. Codes are keys of sendingValidation.* (sending-fr.ts).
// That each recipient is one of the client's addresses is checked on the server, against
// the client's current emails ("recipient_not_client").

export const sendDocumentInput = z.object({
  recipients: z
    .array(z.string().trim().toLowerCase().pipe(z.email("recipient_invalid")))
    .min(1, "recipients_required")
    .max(sendLimits.recipients, "recipients_too_many"),
  subject: z
    .string("subject_required")
    .trim()
    .min(1, "subject_required")
    .max(sendLimits.subject, "subject_too_long")
    // A line break in a header would let the subject inject headers.
    .regex(/^[^\r\n]*$/, "subject_one_line"),
  message: z.string().max(sendLimits.message, "message_too_long").default(""),
});

export type SendDocumentInput = z.infer<typeof sendDocumentInput>;
export type SendDocumentRawInput = { recipients?: unknown; subject?: unknown; message?: unknown };
