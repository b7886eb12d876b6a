import { z } from "zod";

// What callers hand to queueEmail: one schema, checked when the email is queued (a malformed
// message fails in the request that made it, not later in a job nobody watches).

export type OutgoingEmail = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Template name (e.g. "login-code"), for the log and the mailbox. */
  template: string;
  organizationId?: string | null;
  /** contentId makes an attachment inline: the HTML shows it as <img src="cid:…">. */
  attachments?: { filename: string; content: Buffer; contentType: string; contentId?: string }[];
};

export const MAX_RECIPIENTS = 50;

// A line break in a header value would let a caller inject headers.
const singleLine = /^[^\r\n]*$/;

export const outgoingEmailSchema = z.object({
  to: z.array(z.email()).min(1, "needs at least one recipient").max(MAX_RECIPIENTS),
  subject: z.string().trim().min(1).max(300).regex(singleLine, "must be one line"),
  html: z.string().min(1),
  text: z.string().min(1),
  template: z.string().trim().min(1).max(100),
  organizationId: z.string().min(1).nullish(),
  attachments: z
    .array(
      z.object({
        filename: z.string().trim().min(1).max(255).regex(singleLine, "must be one line"),
        content: z.instanceof(Buffer),
        contentType: z.string().trim().min(1).max(255),
        contentId: z
          .string()
          .regex(/^[A-Za-z0-9._-]{1,100}$/, "letters, digits, dot, dash, underscore")
          .optional(),
      }),
    )
    .max(20)
    .optional(),
});

/**
 * An attachment as the EmailMessage row keeps it (the `attachments` JSON column): the bytes
 * (base64) until the provider has them — and for good in the outbox, where a person or a test
 * downloads them — and its SHA-256, which stays after the bytes are cleared (the audit of a
 * document sent names the PDF it carried).
 */
export type StoredAttachment = {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  contentBase64?: string | null;
  contentId?: string;
};

// The column is free-form JSON: read it defensively rather than trusting its shape.
export const storedAttachmentsSchema = z
  .array(
    z.object({
      filename: z.string(),
      contentType: z.string(),
      size: z.number(),
      sha256: z.string().optional(),
      contentBase64: z.string().nullish(),
      contentId: z.string().optional(),
    }),
  )
  .catch([]);

/** What stays of an attachment once delivered (sha256 is missing on rows older than the queue). */
export type AttachmentMetadata = {
  filename: string;
  contentType: string;
  size: number;
  sha256?: string;
  contentId?: string;
};

/** The attachments without their bytes. */
export function attachmentMetadata(attachments: z.infer<typeof storedAttachmentsSchema>): AttachmentMetadata[] {
  return attachments.map((file) => ({
    filename: file.filename,
    contentType: file.contentType,
    size: file.size,
    ...(file.sha256 ? { sha256: file.sha256 } : {}),
    ...(file.contentId ? { contentId: file.contentId } : {}),
  }));
}
