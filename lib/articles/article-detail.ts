import type { ArticleKind } from "./article-schema";

/** An article as pages and exports read it (plain object, no Prisma types). */
export type ArticleDetail = {
  id: string;
  name: string;
  description: string | null;
  unit: string;
  unitPriceCents: number;
  vatRateBps: number;
  reference: string | null;
  kind: ArticleKind;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export const articleDetailSelect = {
  id: true,
  name: true,
  description: true,
  unit: true,
  unitPriceCents: true,
  vatRateBps: true,
  reference: true,
  kind: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;
