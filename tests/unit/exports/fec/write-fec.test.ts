/** @jest-environment node */
import { buildFecEntries, type FecDocumentInput } from "@/lib/exports/fec/build-fec-entries";
import { FEC_COLUMNS, fecAmount, writeFec } from "@/lib/exports/fec/write-fec";

async function collect(lines: AsyncGenerator<string>): Promise<string[]> {
  const result: string[] = [];
  for await (const line of lines) result.push(line);
  return result;
}

const invoice: FecDocumentInput = {
  id: "inv-1",
  type: "INVOICE",
  number: "F-2026-00001",
  issueDate: "2026-03-10",
  clientId: "client-a",
  clientName: "Dupont\tet fils\nSARL",
  creditedInvoiceId: null,
  pricesIncludeVat: false,
  currency: "EUR",
  exchangeRate: null,
  totalInclVatCents: 1_440_000,
  vatBreakdown: [{ vatRateBps: 2000, baseCents: 1_200_000, vatCents: 240_000 }],
  lines: [{ netCents: 1_200_000, vatRateBps: 2000, kind: "SERVICE", deductedDocumentId: null }],
};

describe("writeFec", () => {
  it("writes the header and 18 tab-separated columns on every line, CR LF ends", async () => {
    const lines = await collect(
      writeFec(
        buildFecEntries(
          [invoice],
          [
            {
              id: "p",
              documentId: "inv-1",
              documentNumber: "F-2026-00001",
              clientId: "client-a",
              clientName: "Dupont",
              date: "2026-04-01",
              amountCents: 1_440_000,
              method: "TRANSFER",
              reference: "VIR 1",
              currency: "EUR",
              exchangeRate: null,
            },
          ],
        ),
      ),
    );
    expect(lines[0]).toBe(
      "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n",
    );
    expect(lines).toHaveLength(1 + 3 + 2);
    for (const line of lines) {
      expect(line.endsWith("\r\n")).toBe(true);
      expect(line.slice(0, -2)).not.toMatch(/[\r\n]/);
      expect(line.slice(0, -2).split("\t")).toHaveLength(FEC_COLUMNS.length);
    }
    const rows = lines.slice(1).map((line) => line.slice(0, -2).split("\t"));
    const [client, revenue] = rows;
    expect(client).toEqual([
      "VT",
      "Journal des ventes",
      "VT000001",
      "20260310",
      "411000",
      "Clients",
      expect.stringMatching(/^C[0-9A-Z]{8}$/),
      "Dupont et fils SARL",
      "F-2026-00001",
      "20260310",
      "Facture F-2026-00001 Dupont et fils SARL",
      "14400,00",
      "0,00",
      "A",
      "20260401",
      "20260310",
      "",
      "",
    ]);
    expect(revenue!.slice(11, 15)).toEqual(["0,00", "12000,00", "", ""]);
    expect(rows[3]!.slice(0, 4)).toEqual(["BQ", "Journal de banque", "BQ000001", "20260401"]);
    for (const row of rows) {
      expect(row[3]).toMatch(/^\d{8}$/);
      expect(row[11]).toMatch(/^\d+,\d{2}$/);
      expect(row[12]).toMatch(/^\d+,\d{2}$/);
    }
  });

  it("amounts: decimal comma, two decimals, no thousands separator", () => {
    expect([0, 5, 99, 100, 123_456_789].map(fecAmount)).toEqual(["0,00", "0,05", "0,99", "1,00", "1234567,89"]);
  });

  it("a document in another currency fills Montantdevise and Idevise", async () => {
    const entries = buildFecEntries([{ ...invoice, clientName: "Acme", currency: "USD", exchangeRate: "0.5" }], []);
    const rows = (await collect(writeFec(entries))).slice(1).map((line) => line.slice(0, -2).split("\t"));
    expect(rows.map((row) => row.slice(11, 13).concat(row.slice(16)))).toEqual([
      ["7200,00", "0,00", "14400,00", "USD"],
      ["0,00", "6000,00", "12000,00", "USD"],
      ["0,00", "1200,00", "2400,00", "USD"],
    ]);
  });

  it("an empty period is the header alone", async () => {
    expect(await collect(writeFec([]))).toHaveLength(1);
  });
});
