import "server-only";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import type { AddressSnapshot, ClientSnapshot, SellerSnapshot } from "@/lib/documents/document-snapshots";
import type { DisplayStatus } from "@/lib/documents/document-status";
import {
  dayOf,
  shownFields,
  shownFieldsSelect,
  shownLine,
  shownLineSelect,
  statusOfRow,
} from "@/lib/documents/document-view-fields";
import { logoVersion } from "@/lib/documents/snapshot-logo";
import type { RateTotals } from "@/lib/documents/totals/compute-totals";
import type { DiscountKind, DocumentType, QuoteDecision, SupplyKind } from "@/lib/generated/prisma/enums";
import type { VatCategory } from "@/lib/vat/vat-categories";
import type { ResolvedShareLink } from "./resolve-share-link";

// What a public link shows: the document as the client received it, from its frozen seller
// and client snapshots — and nothing else. No internal id (document, client, lines, files,
// members) leaves this module; the caller names the document by its link only. It carries
// what documentMentions() reads (lib/documents/legal-mentions.ts: breakdown with categories,
// exchange rate, EUR VAT total, the seller's payment texts and insurance), so the page states
// exactly the PDF's mentions.

export type PublicSeller = Omit<SellerSnapshot, "logo">;
export type PublicClient = Omit<ClientSnapshot, "id" | "emails">;

export type PublicLine = {
  description: string;
  quantityMilli: number;
  unit: string;
  unitPriceCents: number;
  discount: { kind: DiscountKind; value: number } | null;
  vatRateBps: number;
  /** The VAT column shows the category where it is not standard VAT (vatColumnText). */
  vatCategory: VatCategory;
  netCents: number;
  /** A final invoice's deduction of a deposit invoice. */
  deduction: boolean;
};

export type PublicDocument = {
  type: DocumentType;
  number: string;
  title: string | null;
  language: "fr" | "en";
  displayStatus: DisplayStatus;
  issueDate: string | null;
  serviceDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  currency: string;
  /** Non-EUR documents: EUR for one unit of `currency` (decimal text), and the VAT total in EUR. */
  exchangeRate: string | null;
  vatTotalEurCents: number | null;
  pricesIncludeVat: boolean;
  vatExempt: boolean;
  supplyKind: SupplyKind;
  purchaseOrderNumber: string | null;
  deliveryAddress: string | AddressSnapshot | null;
  paymentTermsDays: number | null;
  paymentTermsEndOfMonth: boolean;
  notes: string | null;
  seller: PublicSeller;
  /** Content version of the seller's logo for /api/public/[token]/logo?v=…, or null (no logo). */
  sellerLogoVersion: string | null;
  client: PublicClient;
  lines: PublicLine[];
  totals: { totalExclVatCents: number; totalVatCents: number; totalInclVatCents: number; discountCents: number };
  vatBreakdown: RateTotals[];
  depositPercentBps: number | null;
  /** A credit note's invoice (number and date). */
  creditedInvoice: { number: string | null; issueDate: string | null } | null;
  /** A quote waiting for the client's answer (SENT, still valid). */
  answerable: boolean;
  /** The client's answer through a link, once given. */
  answer: { decision: QuoteDecision; signerName: string | null; answeredAt: string } | null;
};

/** A copy without the given keys (file ids, client ids and emails never reach the public page). */
function omit<T extends object, K extends keyof T>(value: T, keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * The public view of one document, by the organization and id a resolved link names (never
 * ids from a client). Null when there is no such document out of DRAFT with its snapshots.
 */
export async function loadPublicDocument(organizationId: string, documentId: string): Promise<PublicDocument | null> {
  const row = await db.document.findFirst({
    where: { id: documentId, organizationId, status: { not: "DRAFT" } },
    select: {
      ...shownFieldsSelect,
      creditedInvoice: { select: { number: true, issueDate: true } },
      quoteResponse: { select: { decision: true, signerName: true, createdAt: true } },
      lines: { orderBy: { position: "asc" }, select: shownLineSelect },
    },
  });
  if (!row || !row.number || !row.sellerSnapshot || !row.clientSnapshot) return null;
  const today = calendarDate();
  const status = statusOfRow(row, today);
  const sellerSnapshot = row.sellerSnapshot as SellerSnapshot;
  const seller = omit(sellerSnapshot, ["logo"]);
  const client = omit(row.clientSnapshot as ClientSnapshot, ["id", "emails"]);
  return {
    ...shownFields(row),
    type: row.type,
    number: row.number,
    language: row.language === "en" ? "en" : "fr",
    displayStatus: status,
    deliveryAddress: client.deliveryAddress,
    seller,
    sellerLogoVersion: sellerSnapshot.logo ? logoVersion(sellerSnapshot.logo.sha256) : null,
    client,
    lines: row.lines.map((line) => ({
      ...shownLine(line),
      // Under the franchise every line is the 293 B exemption, whatever an old row says.
      vatCategory: row.vatExempt ? "E" : line.vatCategory,
      deduction: line.deductedDocumentId !== null,
    })),
    creditedInvoice: row.creditedInvoice
      ? { number: row.creditedInvoice.number, issueDate: dayOf(row.creditedInvoice.issueDate) }
      : null,
    answerable: row.type === "QUOTE" && status === "SENT",
    answer: row.quoteResponse
      ? {
          decision: row.quoteResponse.decision,
          signerName: row.quoteResponse.signerName,
          answeredAt: row.quoteResponse.createdAt.toISOString(),
        }
      : null,
  };
}

/** The public view of a resolved link's document. */
export function getPublicDocument(link: ResolvedShareLink): Promise<PublicDocument | null> {
  return loadPublicDocument(link.organizationId, link.documentId);
}
