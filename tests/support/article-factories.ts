import type { MemberContext } from "@/lib/auth/access/require-member";
import { createArticle } from "@/lib/articles/create-article";
import type { ArticleRawInput } from "@/lib/articles/article-schema";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember, testMeta } from "./factories";
import { actingAs } from "./member-factories";

// Articles tests: an organization with a writer context, and articles made through the real
// domain function (so searchText and the audit trail are the app's own).

export const validArticle = (overrides: Partial<ArticleRawInput> = {}): ArticleRawInput => ({
  name: "Développement web",
  description: "Une journée de développement",
  unit: "jour",
  unitPrice: "450,00",
  vatRate: "2000",
  reference: "",
  kind: "SERVICE",
  ...overrides,
});

/** An organization and a context of the given role with the given permission. */
export async function articleWorkspace(role: "OWNER" | "ADMIN" | "MEMBER" | "ACCOUNTANT" = "OWNER") {
  const { organization, user } = await createOrganizationWithMember(role);
  const permission = role === "ACCOUNTANT" ? "articles.read" : "articles.write";
  const member = await actingAs(user.id, organization.id, permission);
  return { organization, user, member };
}

export async function makeArticle(member: MemberContext, overrides: Partial<ArticleRawInput> = {}) {
  return createArticle(member, validArticle(overrides), testMeta());
}

/** Every article row of an organization, to prove that nothing changed. */
export async function articleSnapshot(organizationId: string) {
  const [articles, auditCount] = await Promise.all([
    db.article.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { articles, auditCount };
}
