import { z } from "zod";
import { quoteAnswerLimits } from "./quote-answer-limits";

// The client's answer to a quote on its public page: one schema for the form (checked in the
// browser) and the server (answerQuote). Messages are codes of publicQuote.validation.*.
// "Bon pour accord": full name, the terms ticked, an optional drawn signature (PNG data URL).
// A refusal: a reason.

const PNG_PREFIX = "data:image/png;base64,";
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// base64 of the largest allowed PNG, with a little room.
const MAX_DATA_URL_LENGTH = PNG_PREFIX.length + Math.ceil(quoteAnswerLimits.signatureMaxBytes / 3) * 4 + 4;

/** A data URL's PNG bytes, or null when it is not a base64 PNG data URL. Works in browsers and Node. */
export function decodePngDataUrl(dataUrl: string): Uint8Array | null {
  if (!dataUrl.startsWith(PNG_PREFIX)) return null;
  const base64 = dataUrl.slice(PNG_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return null;
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A real PNG starts with its 8-byte signature (the type comes from the content, never a name). */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_MAGIC.length && PNG_MAGIC.every((byte, index) => bytes[index] === byte);
}

const signature = z
  .string()
  .optional()
  .transform((value, context): Uint8Array | null => {
    if (value === undefined || value === "") return null;
    if (value.length > MAX_DATA_URL_LENGTH) {
      context.addIssue({ code: "custom", message: "signature_too_large" });
      return z.NEVER;
    }
    const bytes = decodePngDataUrl(value);
    if (!bytes || !isPng(bytes)) {
      context.addIssue({ code: "custom", message: "signature_invalid" });
      return z.NEVER;
    }
    if (bytes.length > quoteAnswerLimits.signatureMaxBytes) {
      context.addIssue({ code: "custom", message: "signature_too_large" });
      return z.NEVER;
    }
    return bytes;
  });

const acceptance = z.object({
  decision: z.literal("ACCEPTED"),
  signerName: z
    .string({ error: "signer_name_required" })
    .trim()
    .min(1, "signer_name_required")
    .max(quoteAnswerLimits.signerNameMax, "signer_name_too_long")
    // One line of printable text: it goes into an email subject and an evidence record.
    .regex(/^[^\u0000-\u001f\u007f]*$/, "signer_name_invalid"),
  // A checkbox sends "on" when ticked and nothing otherwise; true comes from code.
  termsAccepted: z
    .union([z.literal(true), z.literal("on"), z.literal("true")], { error: "terms_required" })
    .transform(() => true as const),
  signature,
});

const refusal = z.object({
  decision: z.literal("DECLINED"),
  reason: z
    .string({ error: "reason_required" })
    .trim()
    .min(1, "reason_required")
    .max(quoteAnswerLimits.reasonMax, "reason_too_long"),
});

export const quoteAnswerInput = z.discriminatedUnion("decision", [acceptance, refusal], {
  error: "decision_required",
});

export type QuoteAnswerRawInput = z.input<typeof quoteAnswerInput>;
export type QuoteAnswerInput = z.output<typeof quoteAnswerInput>;
