import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { creditNoteInput } from "@/lib/documents/credit-notes/credit-note-schema";
import { generatedLineText } from "@/lib/documents/lifecycle/generated-lines";
import { depositInput } from "@/lib/documents/quotes/deposit-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { paymentInput } from "@/lib/payments/payment-schema";

// The schemas the payment, deposit and credit-note forms validate with in the browser (and
// the server again), and the texts of generated lines.

function errorsOf(result: { success: boolean; error?: unknown }) {
  return result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("paymentInput", () => {
  const today = calendarDate();

  it("reads an amount as typed into cents and blank texts as null", () => {
    expect(
      paymentInput.parse({ date: today, amount: "1 234,56 €", method: "CHEQUE", reference: " ", note: "" }),
    ).toEqual({
      date: today,
      amount: 123_456,
      method: "CHEQUE",
      reference: null,
      note: null,
    });
    expect(paymentInput.parse({ date: today, amount: 12.5, method: "CASH" }).amount).toBe(1250);
  });

  it.each([
    [{ date: "", amount: "1", method: "CARD" }, { date: ["payment_date_required"] }],
    [{ date: "2026-02-30", amount: "1", method: "CARD" }, { date: ["date_invalid"] }],
    [{ date: "30/01/2026", amount: "1", method: "CARD" }, { date: ["date_invalid"] }],
    [{ date: addDays(calendarDate(), 1), amount: "1", method: "CARD" }, { date: ["payment_date_future"] }],
    [{ date: calendarDate(), amount: "0,00", method: "CARD" }, { amount: ["payment_amount_positive"] }],
    [{ date: calendarDate(), amount: "-5", method: "CARD" }, { amount: ["money_negative"] }],
    [{ date: calendarDate(), amount: "1,234", method: "CARD" }, { amount: ["money_decimals"] }],
    [{ date: calendarDate(), amount: "21474836,48", method: "CARD" }, { amount: ["money_too_large"] }],
    [{ date: calendarDate(), amount: "1", method: "PAYPAL" }, { method: ["payment_method_invalid"] }],
    [{ date: calendarDate(), amount: "1", method: "CARD", reference: "x".repeat(101) }, { reference: ["too_long"] }],
  ])("refuses %j", (input, errors) => {
    expect(errorsOf(paymentInput.safeParse(input))).toEqual(errors);
  });
});

describe("depositInput", () => {
  it("reads a percentage or an amount incl. VAT", () => {
    expect(depositInput.parse({ kind: "PERCENT", value: "30 %" })).toEqual({ kind: "PERCENT", bps: 3000 });
    expect(depositInput.parse({ kind: "PERCENT", value: "12,5" })).toEqual({ kind: "PERCENT", bps: 1250 });
    expect(depositInput.parse({ kind: "AMOUNT", value: "1 500,00" })).toEqual({ kind: "AMOUNT", cents: 150_000 });
  });

  it.each([
    [{ kind: "PERCENT", value: "0" }, { value: ["deposit_percent_range"] }],
    [{ kind: "PERCENT", value: "100,01" }, { value: ["deposit_percent_range"] }],
    [{ kind: "PERCENT", value: "" }, { value: ["deposit_value_required"] }],
    [{ kind: "AMOUNT", value: "0" }, { value: ["deposit_amount_positive"] }],
    [{ kind: "AMOUNT", value: "abc" }, { value: ["money_invalid"] }],
    [{ kind: "THIRD", value: "1" }, { kind: ["deposit_kind_invalid"] }],
  ])("refuses %j", (input, errors) => {
    expect(errorsOf(depositInput.safeParse(input))).toEqual(errors);
  });
});

describe("creditNoteInput", () => {
  it("accepts the three modes", () => {
    expect(creditNoteInput.parse({ invoiceId: "inv_1", mode: "FULL" })).toEqual({ invoiceId: "inv_1", mode: "FULL" });
    expect(creditNoteInput.parse({ invoiceId: "inv_1", mode: "AMOUNT", amount: "99,90" })).toMatchObject({
      amount: 9990,
    });
    const lines = creditNoteInput.parse({
      invoiceId: "inv_1",
      mode: "LINES",
      lines: [{ description: "Remboursement", quantity: "2", unit: "heure", unitPrice: "50", vatRate: "20 %" }],
    });
    expect(lines).toMatchObject({ lines: [{ quantity: 2000, unit: "hour", unitPrice: 5000, vatRate: 2000 }] });
  });

  it("refuses an unknown mode, no lines and a zero amount", () => {
    expect(errorsOf(creditNoteInput.safeParse({ invoiceId: "x", mode: "HALF" }))).toEqual({
      mode: ["credit_note_mode_invalid"],
    });
    expect(errorsOf(creditNoteInput.safeParse({ invoiceId: "x", mode: "LINES", lines: [] }))).toEqual({
      lines: ["lines_required"],
    });
    expect(errorsOf(creditNoteInput.safeParse({ invoiceId: "x", mode: "AMOUNT", amount: "0" }))).toEqual({
      amount: ["credit_note_empty"],
    });
  });
});

describe("generatedLineText", () => {
  it("writes deposit, deduction and credit lines in the document's language", () => {
    const values = { number: "D-2026-00007", date: "2026-03-12", percentBps: 3000 };
    expect(generatedLineText("depositPercent", "fr", values)).toBe(
      "Acompte de 30\u00a0% sur le devis D-2026-00007 du 12/03/2026",
    );
    expect(generatedLineText("depositPercent", "en", values)).toBe(
      "Deposit of 30% on quote D-2026-00007 of 12 March 2026",
    );
    expect(generatedLineText("deduction", "fr", { number: "AC-2026-00001", date: "2026-03-15", vatRateBps: 550 })).toBe(
      "Acompte AC-2026-00001 du 15/03/2026 (TVA 5,5\u00a0%)",
    );
    expect(generatedLineText("creditAmount", "en", { number: "F-2026-00002", date: null })).toBe(
      "Credit on invoice F-2026-00002",
    );
  });
});
