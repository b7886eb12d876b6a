import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/prisma";

// Reads the emails kept in the outbox (no Resend key): the data of /dev/mailbox.

export type OutboxAttachment = {
  filename: string;
  contentType: string;
  size: number;
  /** The attachment itself, base64 (kept only for outbox messages). */
  contentBase64: string | null;
  /** Set for an inline image the HTML shows as cid:… */
  contentId: string | null;
};

export type OutboxMessage = {
  id: string;
  organizationId: string | null;
  to: string[];
  from: string;
  subject: string;
  template: string;
  html: string;
  text: string;
  attachments: OutboxAttachment[];
  createdAt: Date;
};

export type ListOutboxOptions = {
  /** Only messages sent to this address (case-insensitive on the usual lower-case form). */
  to?: string | null;
  /** At most this many, newest first (default 50, capped at 200). */
  limit?: number;
};

// The column is free-form JSON: read it defensively rather than trusting its shape.
const attachmentsSchema = z
  .array(
    z.object({
      filename: z.string(),
      contentType: z.string(),
      size: z.number(),
      contentBase64: z.string().nullish(),
      contentId: z.string().nullish(),
    }),
  )
  .catch([]);

export async function listOutbox(options: ListOutboxOptions = {}): Promise<OutboxMessage[]> {
  const to = options.to?.trim();
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), 200);
  const rows = await db.emailMessage.findMany({
    where: {
      transport: "OUTBOX",
      // What has "arrived": a queued email shows once its email.send job has run.
      status: "SENT",
      // Addresses are stored as given; most are lower-case, so match both spellings.
      ...(to ? { to: { hasSome: [...new Set([to, to.toLowerCase()])] } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => {
    const attachments = (row.attachments === null ? [] : attachmentsSchema.parse(row.attachments)).map((file) => ({
      ...file,
      contentBase64: file.contentBase64 ?? null,
      contentId: file.contentId ?? null,
    }));
    return {
      id: row.id,
      organizationId: row.organizationId,
      to: row.to,
      from: row.from,
      subject: row.subject,
      template: row.template,
      html: showInlineImages(row.html ?? "", attachments),
      text: row.text ?? "",
      attachments,
      createdAt: row.createdAt,
    };
  });
}

/**
 * A mail client shows "cid:…" images from the message's inline attachments; a browser frame
 * cannot, so the mailbox shows them as data: URLs of the same bytes.
 */
function showInlineImages(html: string, attachments: OutboxAttachment[]): string {
  let shown = html;
  for (const file of attachments) {
    if (!file.contentId || !file.contentBase64 || !/^image\/(png|jpeg)$/.test(file.contentType)) continue;
    shown = shown.split(`cid:${file.contentId}`).join(`data:${file.contentType};base64,${file.contentBase64}`);
  }
  return shown;
}
