import { db } from "@/lib/db/prisma";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { testMeta } from "../../support/factories";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";

// Documents made by the app's own functions (so they carry their frozen snapshots, as every
// document that left DRAFT does) and links made by createShareLink.

/** An organization (complete identity, an OWNER acting with documents.issue), a client. */
export async function shareWorkspace() {
  return documentWorkspace("OWNER");
}

type Workspace = Awaited<ReturnType<typeof shareWorkspace>>;

/** A quote sent through sendQuote (numbered, snapshots frozen), valid 30 days by default. */
export async function makeSentQuote(workspace: Workspace, overrides: { language?: "fr" | "en" } = {}) {
  const draft = await makeDraft(workspace.member, workspace.client.id, overrides, "QUOTE");
  await sendQuote(workspace.member, draft.id, {}, testMeta());
  return db.document.findUniqueOrThrow({ where: { id: draft.id } });
}

/** An invoice issued through issueDocument. */
export async function makeInvoice(workspace: Workspace) {
  const issued = await makeIssuedInvoice(workspace.member, workspace.client.id);
  return db.document.findUniqueOrThrow({ where: { id: issued.id } });
}

export async function linkFor(
  workspace: Workspace,
  documentId: string,
  options: { expiresAt?: Date | null | "default" } = {},
) {
  return createShareLink(db, {
    organizationId: workspace.organization.id,
    documentId,
    createdById: workspace.user.id,
    expiresAt: options.expiresAt,
  });
}

/** A random token of the right shape that no link has. */
export function guessedToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

/** The token with one character changed (still base64url, same length). */
export function oneCharChanged(token: string): string {
  const index = Math.floor(token.length / 2);
  const replacement = token[index] === "A" ? "B" : "A";
  return `${token.slice(0, index)}${replacement}${token.slice(index + 1)}`;
}
