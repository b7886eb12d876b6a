import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { articleWriteData } from "./article-data";
import { articleDetailSelect, type ArticleDetail } from "./article-detail";
import { articleNotFound } from "./article-errors";
import { assertReferenceFree } from "./article-reference";
import { articleIdSchema, articleInput } from "./article-schema";

const auditedFields = ["name", "description", "unit", "unitPriceCents", "vatRateBps", "reference", "kind"] as const;

export async function updateArticle(
  member: MemberContext,
  rawId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<ArticleDetail> {
  assertCan(member, "articles.write");
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) throw articleNotFound();
  const input = parseInput(articleInput, rawInput);
  return db.$transaction(async (tx) => {
    // The id comes from the client: it only counts together with the acting organization.
    const before = await tx.article.findFirst({
      where: { id: id.data, organizationId: member.organizationId },
      select: articleDetailSelect,
    });
    if (!before) throw articleNotFound();
    // An archived article holds no reference, so only an active one must keep it unique.
    if (!before.archivedAt) await assertReferenceFree(tx, member.organizationId, input.reference, before.id);
    const article = await tx.article.update({
      where: { id: before.id },
      data: articleWriteData(input),
      select: articleDetailSelect,
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
