import { balanceCents, displayStatus, type StatusFacts } from "@/lib/documents/document-status";

const TODAY = "2026-11-22";
const invoice = (facts: Partial<StatusFacts>): StatusFacts => ({
  type: "INVOICE",
  status: "ISSUED",
  validUntil: null,
  dueDate: "2026-12-22",
  totalInclVatCents: 120_00,
  paidCents: 0,
  creditedCents: 0,
  ...facts,
});

describe("displayStatus", () => {
  it.each<[string, Partial<StatusFacts>, string]>([
    ["draft", { status: "DRAFT" }, "DRAFT"],
    ["issued, nothing paid, not due", {}, "ISSUED"],
    ["partly paid", { paidCents: 20_00 }, "PARTIALLY_PAID"],
    ["paid in full", { paidCents: 120_00 }, "PAID"],
    ["past due with a balance", { dueDate: "2026-11-21" }, "OVERDUE"],
    ["due today is not overdue yet", { dueDate: TODAY }, "ISSUED"],
    ["past due but paid", { dueDate: "2026-11-01", paidCents: 120_00 }, "PAID"],
    ["fully credited", { creditedCents: 120_00 }, "CANCELLED"],
    ["partly credited, rest paid", { creditedCents: 20_00, paidCents: 100_00 }, "PAID"],
    ["partly credited, past due", { creditedCents: 20_00, dueDate: "2026-11-01" }, "OVERDUE"],
    ["a zero invoice (all deducted) is settled", { totalInclVatCents: 0 }, "PAID"],
  ])("invoice %s → %s", (_, facts, expected) => {
    expect(displayStatus(invoice(facts), TODAY)).toBe(expected);
  });

  it("a sent quote past its validity is EXPIRED; other quote statuses stay", () => {
    const quote = invoice({ type: "QUOTE", status: "SENT", validUntil: "2026-11-21" });
    expect(displayStatus(quote, TODAY)).toBe("EXPIRED");
    expect(displayStatus({ ...quote, validUntil: TODAY }, TODAY)).toBe("SENT");
    expect(displayStatus({ ...quote, status: "ACCEPTED" }, TODAY)).toBe("ACCEPTED");
    expect(displayStatus({ ...quote, status: "INVOICED" }, TODAY)).toBe("INVOICED");
  });

  it("a credit note is ISSUED once issued, whatever its dates", () => {
    expect(displayStatus(invoice({ type: "CREDIT_NOTE", dueDate: "2020-01-01" }), TODAY)).toBe("ISSUED");
  });

  it("balance is total − paid − credited, negative when money is owed back", () => {
    expect(balanceCents(invoice({ paidCents: 120_00, creditedCents: 20_00 }))).toBe(-20_00);
  });
});
