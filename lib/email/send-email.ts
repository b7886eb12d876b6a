import "server-only";
import { Resend } from "resend";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { getEnv, type Env } from "@/lib/env/env";
import { getLogger } from "@/lib/log/logger";

// The one way the app sends email. With RESEND_API_KEY it goes out through Resend; without
// it, it is kept in the EmailMessage table (transport OUTBOX) and read at /dev/mailbox.
// Either way one EmailMessage row records what was sent.

export type OutgoingEmail = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** Template name (e.g. "login-code"), for the log and the mailbox. */
  template: string;
  organizationId?: string | null;
  replyTo?: string;
  /** contentId makes an attachment inline: the HTML shows it as <img src="cid:…">. */
  attachments?: { filename: string; content: Buffer; contentType: string; contentId?: string }[];
};

export type SentEmail = {
  /** EmailMessage row id. */
  id: string;
  transport: "OUTBOX" | "RESEND";
  providerMessageId: string | null;
};

/** Resend refused or could not be reached; nothing was recorded as sent. */
export class EmailDeliveryError extends Error {
  override name = "EmailDeliveryError";

  constructor(
    message: string,
    readonly details: { statusCode: number | null; code: string | null },
  ) {
    super(message);
  }
}

export const MAX_RECIPIENTS = 50;

// A line break in a header value would let a caller inject headers.
const singleLine = /^[^\r\n]*$/;

const outgoingEmailSchema = z.object({
  to: z.array(z.email()).min(1, "needs at least one recipient").max(MAX_RECIPIENTS),
  subject: z.string().trim().min(1).max(300).regex(singleLine, "must be one line"),
  html: z.string().min(1),
  text: z.string().min(1),
  template: z.string().trim().min(1).max(100),
  organizationId: z.string().min(1).nullish(),
  replyTo: z.email().optional(),
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

type ValidEmail = z.infer<typeof outgoingEmailSchema>;

/** Sends (or, without a Resend key, captures) one email. Throws ZodError on a malformed message. */
export async function sendEmail(message: OutgoingEmail): Promise<SentEmail> {
  const email = outgoingEmailSchema.parse(message);
  const env = getEnv();
  return env.RESEND_API_KEY ? sendThroughResend(email, env, env.RESEND_API_KEY) : keepInOutbox(email, env);
}

async function sendThroughResend(email: ValidEmail, env: Env, apiKey: string): Promise<SentEmail> {
  const { data, error } = await resendClient(apiKey, env.RESEND_BASE_URL).emails.send({
    from: env.EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    replyTo: email.replyTo,
    attachments: email.attachments?.map((file) => ({
      filename: file.filename,
      content: file.content.toString("base64"),
      contentType: file.contentType,
      contentId: file.contentId,
    })),
  });
  if (error || !data) {
    getLogger().error(
      { template: email.template, statusCode: error?.statusCode ?? null, reason: error?.message },
      "email delivery failed",
    );
    throw new EmailDeliveryError(error?.message ?? "Resend answered without a message id", {
      statusCode: error?.statusCode ?? null,
      code: error?.name ?? null,
    });
  }
  // Bodies are not stored for real deliveries: they can hold login codes and reset links.
  const row = await db.emailMessage.create({
    data: {
      organizationId: email.organizationId ?? null,
      to: email.to,
      from: env.EMAIL_FROM,
      subject: email.subject,
      template: email.template,
      attachments: email.attachments?.map(({ filename, contentType, content, contentId }) => ({
        filename,
        contentType,
        size: content.length,
        ...(contentId ? { contentId } : {}),
      })),
      transport: "RESEND",
      providerMessageId: data.id,
    },
    select: { id: true },
  });
  getLogger().info({ emailId: row.id, template: email.template, providerMessageId: data.id }, "email sent");
  return { id: row.id, transport: "RESEND", providerMessageId: data.id };
}

async function keepInOutbox(email: ValidEmail, env: Env): Promise<SentEmail> {
  const row = await db.emailMessage.create({
    data: {
      organizationId: email.organizationId ?? null,
      to: email.to,
      from: env.EMAIL_FROM,
      subject: email.subject,
      template: email.template,
      html: email.html,
      text: email.text,
      // The bytes too, so a person (or a test) can download what would have been attached.
      attachments: email.attachments?.map(({ filename, contentType, content, contentId }) => ({
        filename,
        contentType,
        size: content.length,
        contentBase64: content.toString("base64"),
        ...(contentId ? { contentId } : {}),
      })),
      transport: "OUTBOX",
    },
    select: { id: true },
  });
  const fields = { emailId: row.id, to: email.to, subject: email.subject, template: email.template };
  if (env.NODE_ENV === "production") {
    // /dev/mailbox answers 404 in production: this mail reaches nobody.
    getLogger().warn(fields, "RESEND_API_KEY is not set: email kept in the outbox, not delivered");
  } else {
    getLogger().info(fields, "email captured in outbox — read it at /dev/mailbox");
  }
  return { id: row.id, transport: "OUTBOX", providerMessageId: null };
}

let cachedClient: { apiKey: string; baseUrl: string; resend: Resend } | undefined;

const RESEND_API_URL = "https://api.resend.com";

/**
 * Created on first use, not at import: `next build` imports server modules without any
 * secrets, and tests switch the key and base URL between cases (hence the cache key).
 * resend 6.38 accepts `baseUrl` as a constructor option; passing it from the parsed env keeps
 * the SDK from reading RESEND_BASE_URL out of process.env itself.
 */
function resendClient(apiKey: string, baseUrl: string | undefined): Resend {
  // The SDK appends "/emails" to the base URL: a trailing slash would double it.
  const url = (baseUrl ?? RESEND_API_URL).replace(/\/+$/, "");
  if (cachedClient?.apiKey !== apiKey || cachedClient.baseUrl !== url) {
    cachedClient = { apiKey, baseUrl: url, resend: new Resend(apiKey, { baseUrl: url }) };
  }
  return cachedClient.resend;
}
