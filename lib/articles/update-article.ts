import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { articleWriteData } from "./article-data";
import { articleDetailSelect, type ArticleDetail } from "./article-detail";
import { articleChanged, articleNotFound } from "./article-errors";
import { assertReferenceFree } from "./article-reference";
import { articleIdSchema, articleInput } from "./article-schema";

const auditedFields = ["name", "description", "unit", "unitPriceCents", "vatRateBps", "reference", "kind"] as const;

/**
 * Replaces an article's fields (the form sends them all); audited with the names of the fields
 * that changed. `expectedUpdatedAt` (ISO string): the version the form (or the API's merge)
 * started from — when the article changed since, a save that would change something is
 * CONFLICT "article_changed" (details.updatedAt: the current version) and writes nothing; the
 * write is conditional on the version read, so a change committed in between is caught too.
 */
export async function updateArticle(
  member: MemberContext,
  rawId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
  options: { expectedUpdatedAt?: unknown } = {},
): Promise<ArticleDetail> {
  assertCan(member, "articles.write");
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) throw articleNotFound();
  const input = parseInput(articleInput, rawInput);
  const data = articleWriteData(input);
  const expected = typeof options.expectedUpdatedAt === "string" ? options.expectedUpdatedAt : "";
  return db.$transaction(async (tx) => {
    // The id comes from the client: it only counts together with the acting organization.
    const before = await tx.article.findFirst({
      where: { id: id.data, organizationId: member.organizationId },
      select: articleDetailSelect,
    });
    if (!before) throw articleNotFound();
    const current = before.updatedAt.toISOString();
    if (expected !== "" && expected !== current && auditedFields.some((field) => before[field] !== data[field])) {
      throw articleChanged(current);
    }
    // An archived article holds no reference, so only an active one must keep it unique.
    if (!before.archivedAt) await assertReferenceFree(tx, member.organizationId, input.reference, before.id);
    const article = await tx.article
      .update({ where: { id: before.id, updatedAt: before.updatedAt }, data, select: articleDetailSelect })
      .catch(async (error: unknown) => {
        // P2025: no row of that version any more — changed (or deleted) since it was read.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2025") throw error;
        const now = await tx.article.findFirst({ where: { id: before.id }, select: { updatedAt: true } });
        throw now ? articleChanged(now.updatedAt.toISOString()) : articleNotFound();
      });
    const changed = auditedFields.filter((field) => before[field] !== article[field]);
    await recordAudit(tx, {
      action: "article.updated",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Article",
      targetId: article.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: article.name, changed },
    });
    return article;
  });
}
