import { allowedActions, allowsAction, isIssuableType, type DocumentActionName } from "@/lib/documents/document-rules";
import { DISPLAY_STATUSES, type DisplayStatus } from "@/lib/documents/document-status";
import type { DocumentType } from "@/lib/generated/prisma/enums";

// The rules table of lib/documents/document-rules.ts, written out state by state: what the
// document page offers and what the lifecycle functions accept both read it.

const TYPES: DocumentType[] = ["QUOTE", "INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"];

/** The actions each (type, display status) allows; any pair not listed allows only "duplicate". */
const table: Partial<Record<DocumentType, Partial<Record<DisplayStatus, DocumentActionName[]>>>> = {
  QUOTE: {
    DRAFT: ["edit", "delete", "sendQuote", "duplicate"],
    SENT: ["answerQuote", "convertQuote", "duplicate"],
    ACCEPTED: ["convertQuote", "duplicate"],
  },
  INVOICE: {
    DRAFT: ["edit", "delete", "issue", "duplicate"],
    ISSUED: ["createCreditNote", "recordPayment", "duplicate"],
    PARTIALLY_PAID: ["createCreditNote", "recordPayment", "duplicate"],
    OVERDUE: ["createCreditNote", "recordPayment", "duplicate"],
    PAID: ["createCreditNote", "recordPayment", "duplicate"],
    // Fully credited: still an issued invoice; the amount left (none) is checked apart.
    CANCELLED: ["createCreditNote", "recordPayment", "duplicate"],
  },
  CREDIT_NOTE: {
    DRAFT: ["edit", "delete", "issue", "duplicate"],
  },
};
table.DEPOSIT_INVOICE = table.INVOICE;

describe("document rules", () => {
  for (const type of TYPES) {
    for (const status of DISPLAY_STATUSES) {
      const expected = table[type]?.[status] ?? ["duplicate"];
      it(`${type} ${status}: ${expected.join(", ")}`, () => {
        expect(allowedActions(type, status)).toEqual(expected);
        for (const action of expected) expect(allowsAction(action, type, status)).toBe(true);
      });
    }
  }

  it("issues invoices, deposit invoices and credit notes; a quote is sent instead", () => {
    expect(TYPES.filter(isIssuableType)).toEqual(["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"]);
  });
});
