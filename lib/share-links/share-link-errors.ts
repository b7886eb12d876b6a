import { AppError } from "@/lib/errors/app-error";

// Failures of share links (lib/share-links); codes are translated in shareLinkErrors.* and
// publicQuote.errors.* (lib/i18n/messages/share-links-fr.ts).

/** A link or document of another organization looks exactly like a missing one. */
export const shareLinkNotFound = () => new AppError("NOT_FOUND", "share_link_not_found", "Share link not found");

/** A draft is not a document yet: it has no number and may still change. */
export const shareLinkDraft = () =>
  new AppError("CONFLICT", "share_link_draft", "A draft cannot be shared: issue or send it first");

/** The public side: an unusable link (unknown, revoked, expired, …) — always the same answer. */
export const publicLinkUnusable = () => new AppError("NOT_FOUND", "public_link_unusable", "This link does not work");

/** Too many public requests from one address. */
export const publicRateLimited = (retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", "public_rate_limited", "Too many requests, try again later", { retryAfterSeconds });

/** Answering a quote that is not waiting for an answer any more. */
export const quoteAlreadyAnswered = (decision: string | null) =>
  new AppError("CONFLICT", "quote_already_answered", "This quote has already been answered", { decision });
