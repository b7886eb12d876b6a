import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { lineShares, type ShareGroup } from "./sales-line-shares";
import { addAmounts, salesDocumentsWhere, type SalesAmounts } from "./sales-scope";

// Sales by article: each line of the period's documents counts for the catalogue article it was
// made from, with its share of the document's base and VAT (sales-line-shares.ts), negative on
// a credit note. Quantities are summed per unit (an article sold by the hour and, once, as a
// flat fee gives two rows: hours and flat fees do not add up).
//
// Lines without an article cannot be told apart by their description (free text, every one
// different), so they are one row per unit, "Free lines". Deposits are their own row: a deposit
// invoice's lines, the final invoice's lines deducting it (deductedDocumentId) and credit notes
// of a deposit invoice — so a deposit and its deduction cancel out there, and the final
// invoice's articles count in full, once. A deposit row has no quantity (a flat amount).
//
// The documents are read in batches by id (keyset), their lines per batch: memory stays flat
// whatever the period holds.

export type SalesArticleGroup =
  { kind: "article"; id: string; name: string; reference: string | null } | { kind: "free" } | { kind: "deposits" };

export type SalesArticleRow = SalesAmounts & {
  group: SalesArticleGroup;
  /** The lines' unit (a standard key or the text typed); null for deposits. */
  unit: string | null;
  /** Sum of the quantities (thousandths), credit notes subtracted; null for deposits. */
  quantityMilli: number | null;
};

const BATCH = 1000;

type Entry = { articleId: string | null; deposit: boolean; unit: string; quantityMilli: number } & SalesAmounts;

function keyOf(entry: Entry): string {
  if (entry.deposit) return "deposits";
  return entry.articleId ? `article:${entry.articleId}:${entry.unit}` : `free:${entry.unit}`;
}

async function* documentBatches(organizationId: string, currency: string, range: DateRange) {
  let after: string | undefined;
  for (;;) {
    const documents = await db.document.findMany({
      where: { ...salesDocumentsWhere(organizationId, currency, range), ...(after ? { id: { gt: after } } : {}) },
      select: {
        id: true,
        type: true,
        vatExempt: true,
        vatBreakdown: true,
        creditedInvoice: { select: { type: true } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (documents.length === 0) return;
    const lines = await db.documentLine.findMany({
      where: { organizationId, documentId: { in: documents.map((document) => document.id) } },
      select: {
        documentId: true,
        articleId: true,
        deductedDocumentId: true,
        unit: true,
        quantityMilli: true,
        netCents: true,
        vatRateBps: true,
        vatCategory: true,
      },
      orderBy: [{ documentId: "asc" }, { position: "asc" }],
    });
    yield { documents, lines };
    after = documents.at(-1)!.id;
    if (documents.length < BATCH) return;
  }
}

/** The rows by article (then free lines per unit, then deposits) and the number of documents. */
export async function salesByArticle(organizationId: string, currency: string, range: DateRange) {
  const totals = new Map<string, Entry>();
  let documentCount = 0;
  for await (const { documents, lines } of documentBatches(organizationId, currency, range)) {
    const linesOf = new Map<string, typeof lines>();
    for (const line of lines) {
      const list = linesOf.get(line.documentId);
      if (list) list.push(line);
      else linesOf.set(line.documentId, [line]);
    }
    for (const document of documents) {
      documentCount += 1;
      const own = linesOf.get(document.id) ?? [];
      const sign = document.type === "CREDIT_NOTE" ? -1 : 1;
      const ofDeposit = document.type === "DEPOSIT_INVOICE" || document.creditedInvoice?.type === "DEPOSIT_INVOICE";
      const shares = lineShares({
        vatExempt: document.vatExempt,
        groups: document.vatBreakdown as unknown as ShareGroup[],
        lines: own,
      });
      own.forEach((line, index) => {
        const share = shares[index]!;
        const entry: Entry = {
          articleId: line.articleId,
          deposit: ofDeposit || line.deductedDocumentId !== null,
          unit: line.unit,
          quantityMilli: sign * line.quantityMilli,
          exclVatCents: sign * share.exclVatCents,
          vatCents: sign * share.vatCents,
          inclVatCents: sign * (share.exclVatCents + share.vatCents),
        };
        const key = keyOf(entry);
        const total = totals.get(key);
        if (!total) totals.set(key, entry);
        else {
          addAmounts(total, entry);
          total.quantityMilli += entry.quantityMilli;
        }
      });
    }
  }
  const articleIds = [
    ...new Set([...totals.values()].flatMap((entry) => (entry.deposit ? [] : (entry.articleId ?? [])))),
  ];
  const articles = new Map(
    (
      await db.article.findMany({
        where: { organizationId, id: { in: articleIds } },
        select: { id: true, name: true, reference: true },
      })
    ).map((article) => [article.id, article]),
  );
  const rows: SalesArticleRow[] = [...totals.values()].map((entry) => {
    const amounts = { exclVatCents: entry.exclVatCents, vatCents: entry.vatCents, inclVatCents: entry.inclVatCents };
    if (entry.deposit) return { group: { kind: "deposits" }, unit: null, quantityMilli: null, ...amounts };
    const article = entry.articleId ? articles.get(entry.articleId) : undefined;
    const group: SalesArticleGroup = article
      ? { kind: "article", id: article.id, name: article.name, reference: article.reference }
      : { kind: "free" };
    return { group, unit: entry.unit, quantityMilli: entry.quantityMilli, ...amounts };
  });
  return { rows: rows.sort(compareRows), documentCount };
}

const ORDER = { article: 0, free: 1, deposits: 2 } as const;

function compareRows(a: SalesArticleRow, b: SalesArticleRow): number {
  const kind = ORDER[a.group.kind] - ORDER[b.group.kind];
  if (kind !== 0) return kind;
  if (a.group.kind === "article" && b.group.kind === "article") {
    return (
      b.exclVatCents - a.exclVatCents ||
      a.group.name.localeCompare(b.group.name) ||
      a.group.id.localeCompare(b.group.id) ||
      (a.unit ?? "").localeCompare(b.unit ?? "")
    );
  }
  return b.exclVatCents - a.exclVatCents || (a.unit ?? "").localeCompare(b.unit ?? "");
}
