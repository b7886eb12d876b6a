/** @jest-environment node */
import {
  buildFecEntries,
  letterCode,
  type FecDocumentInput,
  type FecEntry,
  type FecPaymentInput,
} from "@/lib/exports/fec/build-fec-entries";
import { clientAuxiliaryAccount } from "@/lib/exports/fec/client-auxiliary-account";

type Line = FecDocumentInput["lines"][number];

/** A document whose breakdown is computed here the simple way (prices excl. VAT, no discount). */
function doc(overrides: Partial<FecDocumentInput> & { lines: Line[] }): FecDocumentInput {
  const rates = new Map<number, number>();
  for (const line of overrides.lines) rates.set(line.vatRateBps, (rates.get(line.vatRateBps) ?? 0) + line.netCents);
  const vatBreakdown = [...rates].map(([vatRateBps, baseCents]) => ({
    vatRateBps,
    baseCents,
    vatCents: Math.round((baseCents * vatRateBps) / 10_000),
  }));
  return {
    id: "inv-1",
    type: "INVOICE",
    number: "F-2026-00001",
    issueDate: "2026-03-10",
    clientId: "client-a",
    clientName: "Client A",
    creditedInvoiceId: null,
    pricesIncludeVat: false,
    currency: "EUR",
    exchangeRate: null,
    totalInclVatCents: vatBreakdown.reduce((sum, rate) => sum + rate.baseCents + rate.vatCents, 0),
    vatBreakdown,
    ...overrides,
  };
}

const service = (netCents: number, vatRateBps = 2000): Line => ({
  netCents,
  vatRateBps,
  kind: "SERVICE",
  deductedDocumentId: null,
});
const goods = (netCents: number, vatRateBps = 2000): Line => ({
  netCents,
  vatRateBps,
  kind: "GOODS",
  deductedDocumentId: null,
});

function payment(overrides: Partial<FecPaymentInput> = {}): FecPaymentInput {
  return {
    id: "pay-1",
    documentId: "inv-1",
    documentNumber: "F-2026-00001",
    clientId: "client-a",
    clientName: "Client A",
    date: "2026-03-20",
    amountCents: 12_000,
    method: "TRANSFER",
    reference: null,
    currency: "EUR",
    exchangeRate: null,
    ...overrides,
  };
}

const sums = (entry: FecEntry) => ({
  debit: entry.lines.reduce((sum, line) => sum + line.debitCents, 0),
  credit: entry.lines.reduce((sum, line) => sum + line.creditCents, 0),
});
/** account → signed amount (credit positive) of an entry. */
const byAccount = (entry: FecEntry) =>
  Object.fromEntries(
    entry.lines.map((line) => [
      `${line.account.number}${line.label.match(/ \d[\d,]* %$/)?.[0] ?? ""}`,
      line.creditCents - line.debitCents,
    ]),
  );

describe("buildFecEntries", () => {
  it("an invoice at several rates and kinds: 411 for the total, revenue per kind and rate, VAT per rate, balanced", () => {
    const [entry] = buildFecEntries(
      [doc({ lines: [service(10_000), goods(5_000), service(2_000, 550), goods(1_000, 1000)] })],
      [],
    );
    expect(entry!.journal.code).toBe("VT");
    expect(sums(entry!)).toEqual({ debit: 21_210, credit: 21_210 });
    expect(byAccount(entry!)).toEqual({
      "411000": -21_210,
      "706000 20 %": 10_000,
      "707000 20 %": 5_000,
      "445712 20 %": 3_000,
      "707000 10 %": 1_000,
      "445711 10 %": 100,
      "706000 5,5 %": 2_000,
      "445713 5,5 %": 110,
    });
    expect(entry!.lines[0]).toMatchObject({
      auxiliary: { number: clientAuxiliaryAccount("client-a"), label: "Client A" },
      debitCents: 21_210,
    });
  });

  it("a credit note is the mirror image of the invoice it copies", () => {
    const lines = [service(10_000), goods(4_000, 550)];
    const [invoice, credit] = buildFecEntries(
      [
        doc({ lines }),
        doc({
          id: "av-1",
          type: "CREDIT_NOTE",
          number: "A-2026-00001",
          issueDate: "2026-03-11",
          creditedInvoiceId: "inv-1",
          lines,
        }),
      ],
      [],
    );
    expect(credit!.label).toMatch(/^Avoir A-2026-00001/);
    const mirrored = invoice!.lines.map((line) => [line.account.number, line.creditCents, line.debitCents]);
    expect(credit!.lines.map((line) => [line.account.number, line.debitCents, line.creditCents])).toEqual(mirrored);
  });

  it("the document discount and VAT-inclusive prices still give the stored base per rate, to the cent", () => {
    // 3 lines at 20 % whose stored base is 99,99 after a discount: the split adds up to it.
    const entry = buildFecEntries(
      [
        doc({
          lines: [service(3_333), goods(3_333), service(3_334)],
          vatBreakdown: [{ vatRateBps: 2000, baseCents: 9_999, vatCents: 2_000 }],
          totalInclVatCents: 11_999,
        }),
      ],
      [],
    )[0]!;
    expect(sums(entry)).toEqual({ debit: 11_999, credit: 11_999 });
    const revenue = entry.lines.filter((line) => line.account.number.startsWith("70"));
    expect(revenue.reduce((sum, line) => sum + line.creditCents, 0)).toBe(9_999);
  });

  it("a deposit invoice credits 4191; the final invoice's deduction line debits it back", () => {
    const [deposit, final] = buildFecEntries(
      [
        doc({ id: "dep", type: "DEPOSIT_INVOICE", number: "F-1", issueDate: "2026-01-05", lines: [service(3_000)] }),
        doc({
          id: "fin",
          number: "F-2",
          issueDate: "2026-02-05",
          lines: [service(10_000), { ...service(-3_000), deductedDocumentId: "dep" }],
        }),
      ],
      [],
    );
    expect(byAccount(deposit!)).toEqual({ "411000": -3_600, "419100 20 %": 3_000, "445712 20 %": 600 });
    expect(byAccount(final!)).toEqual({
      "411000": -8_400,
      "706000 20 %": 10_000,
      "419100 20 %": -3_000,
      "445712 20 %": 1_400,
    });
    expect(sums(final!)).toEqual({ debit: 11_400, credit: 11_400 });
  });

  it("payments go to the bank, cheques to 5112 and cash to the cash journal, against 411", () => {
    const entries = buildFecEntries(
      [],
      [
        payment({ id: "p1", method: "CASH", amountCents: 1_000, date: "2026-03-01" }),
        payment({ id: "p2", method: "CHEQUE", amountCents: 2_000, date: "2026-03-02" }),
        payment({ id: "p3", method: "CARD", amountCents: 3_000, date: "2026-03-03" }),
      ],
    );
    expect(
      entries.map((entry) => [entry.journal.code, entry.number, entry.lines.map((line) => line.account.number)]),
    ).toEqual([
      ["BQ", 1, ["511200", "411000"]],
      ["BQ", 2, ["512000", "411000"]],
      ["CA", 1, ["530000", "411000"]],
    ]);
    for (const entry of entries) expect(sums(entry).debit).toBe(sums(entry).credit);
    expect(entries[2]!.lines[0]!.debitCents).toBe(1_000);
    expect(entries[2]!.lines[1]).toMatchObject({
      creditCents: 1_000,
      auxiliary: { number: clientAuxiliaryAccount("client-a") },
    });
  });

  it("numbers each journal from 1 in date order, whatever order the rows came in", () => {
    const entries = buildFecEntries(
      [
        doc({ id: "b", number: "F-3", issueDate: "2026-05-01", lines: [service(100)] }),
        doc({ id: "a", number: "F-1", issueDate: "2026-01-01", lines: [service(100)] }),
        doc({ id: "c", number: "F-2", issueDate: "2026-01-01", lines: [service(100)] }),
      ],
      [
        payment({ id: "y", date: "2026-06-01", documentId: "x" }),
        payment({ id: "x", date: "2026-02-01", documentId: "x" }),
      ],
    );
    expect(entries.map((entry) => `${entry.journal.code}${entry.number} ${entry.date} ${entry.pieceRef}`)).toEqual([
      "VT1 2026-01-01 F-1",
      "VT2 2026-01-01 F-2",
      "VT3 2026-05-01 F-3",
      "BQ1 2026-02-01 F-2026-00001",
      "BQ2 2026-06-01 F-2026-00001",
    ]);
  });

  it("letters an invoice and its payments only once they settle it, with the last payment's date", () => {
    const invoice = doc({ lines: [service(10_000)] }); // 120,00 TTC
    const partial = buildFecEntries([invoice], [payment({ amountCents: 5_000 })]);
    expect(partial.flatMap((entry) => entry.lines).filter((line) => line.letter !== null)).toEqual([]);

    const full = buildFecEntries(
      [invoice],
      [
        payment({ amountCents: 5_000 }),
        payment({ id: "pay-2", amountCents: 7_000, date: "2026-04-02", method: "CASH" }),
      ],
    );
    const lettered = full.flatMap((entry) => entry.lines).filter((line) => line.letter !== null);
    expect(lettered.map((line) => [line.account.number, line.letter, line.letterDate])).toEqual([
      ["411000", "A", "2026-04-02"],
      ["411000", "A", "2026-04-02"],
      ["411000", "A", "2026-04-02"],
    ]);
    expect(lettered.reduce((sum, line) => sum + line.debitCents - line.creditCents, 0)).toBe(0);
  });

  it("a credit note settles what it credits; each client has its own sequence of letters", () => {
    const entries = buildFecEntries(
      [
        doc({ lines: [service(10_000)] }),
        doc({ id: "inv-2", number: "F-2", issueDate: "2026-03-12", lines: [service(1_000)] }),
        doc({ id: "inv-3", number: "F-3", clientId: "client-b", clientName: "Client B", lines: [service(1_000)] }),
        doc({
          id: "av",
          type: "CREDIT_NOTE",
          number: "A-1",
          issueDate: "2026-03-15",
          creditedInvoiceId: "inv-2",
          lines: [service(1_000)],
        }),
      ],
      [
        payment({ amountCents: 12_000 }),
        payment({
          id: "pb",
          documentId: "inv-3",
          documentNumber: "F-3",
          clientId: "client-b",
          clientName: "Client B",
          amountCents: 1_200,
        }),
      ],
    );
    const letters = entries.map(
      (entry) => `${entry.pieceRef}:${entry.lines.find((line) => line.account.number === "411000")!.letter}`,
    );
    expect(letters).toEqual(["F-2026-00001:A", "F-3:A", "F-2:B", "A-1:B", "F-2026-00001:A", "F-3:A"]);
  });

  it("a document in another currency: EUR amounts at its rate, balanced, each line with its own amount and currency", () => {
    const usd = { currency: "USD", exchangeRate: "0.923457" };
    // 3 lines at 20 % and 5,5 %: the converted parts do not round to the converted total.
    const invoice = doc({ ...usd, lines: [service(33_333), goods(33_333), service(10_001, 550)] });
    const entries = buildFecEntries(
      [invoice],
      [payment({ ...usd, amountCents: invoice.totalInclVatCents, method: "CARD" })],
    );
    const sale = entries[0]!;
    expect(sums(sale).debit).toBe(sums(sale).credit);
    for (const line of sale.lines.slice(1)) {
      const own = line.currencyAmount!.cents;
      expect(line.creditCents - line.debitCents).toBe(Math.round(own * 0.923457));
    }
    expect(sale.lines[0]!.currencyAmount).toEqual({ cents: invoice.totalInclVatCents, currency: "USD" });
    expect(sale.lines.every((line) => line.currencyAmount?.currency === "USD")).toBe(true);
    // Settled in USD, lettered even if the EUR conversions differ by a rounding cent.
    expect(entries.flatMap((entry) => entry.lines).filter((line) => line.letter === "A")).toHaveLength(2);
    // A document in EUR has no other currency.
    expect(
      buildFecEntries([doc({ lines: [service(100)] })], [])[0]!.lines.every((line) => line.currencyAmount === null),
    ).toBe(true);
  });

  it("letter codes go on after Z", () => {
    expect([0, 25, 26, 27, 701, 702].map(letterCode)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("the client's auxiliary account is stable, short and made of digits and capitals", () => {
    expect(clientAuxiliaryAccount("cmabc123")).toBe(clientAuxiliaryAccount("cmabc123"));
    expect(clientAuxiliaryAccount("cmabc123")).toMatch(/^C[0-9A-Z]{8}$/);
    expect(clientAuxiliaryAccount("cmabc124")).not.toBe(clientAuxiliaryAccount("cmabc123"));
  });
});
