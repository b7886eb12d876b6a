import { customPeriod, periodOf } from "@/lib/dashboard/dashboard-period";
import { last12Months, monthlyFigures, topClients } from "@/lib/dashboard/monthly-figures";
import { addClient, companyInput } from "../../support/client-factories";
import { makeIssuedInvoice } from "../../support/document-factories";
import { actingAs } from "../../support/member-factories";
import { ago, businessHistory, figuresFromRows, today } from "./dashboard-fixtures";

// The 12-month chart and the top clients, against the key figures of each month (themselves
// checked against the rows in key-figures.test.ts) and against the clients' own invoices.

describe("monthlyFigures", () => {
  it("gives each of the 12 months its invoiced and collected amounts, as the key figures of that month", async () => {
    const history = await businessHistory();
    const months = await monthlyFigures(history.member, today);
    expect(months.map((month) => month.month)).toEqual(last12Months(today));
    expect(months.at(-1)!.month).toBe(today.slice(0, 7));
    for (const month of months) {
      const period = periodOf("this-month", `${month.month}-01`);
      const expected = await figuresFromRows(history.organization.id, period);
      expect(month).toEqual({
        month: month.month,
        invoicedExclVatCents: expected.invoicedExclVatCents,
        collectedCents: expected.collectedCents,
      });
    }
    const total = months.reduce((sum, month) => sum + month.collectedCents, 0);
    expect(total).toBe(30_000 + 90_000 + 10_000 + 36_000);

    const other = await businessHistory();
    expect(await monthlyFigures(history.member, today)).toEqual(months);
    expect(await monthlyFigures(other.member, today)).toEqual(months); // the same history, its own rows
  }, 120_000);
});

describe("topClients", () => {
  it("ranks the clients by invoiced excl. VAT in the period, credit notes deducted, five at most", async () => {
    const history = await businessHistory();
    const writer = await actingAs(history.user.id, history.organization.id, "clients.write");
    const extra = [];
    for (const [index, price] of ["100,00", "200,00", "300,00", "400,00", "50,00", "60,00"].entries()) {
      const client = await addClient(writer, companyInput({ legalName: `Client ${index}` }));
      await makeIssuedInvoice(
        history.member,
        client.id,
        {
          lines: [
            { description: "x", quantity: "1", unit: "piece", unitPrice: price, vatRate: "2000", kind: "SERVICE" },
          ],
        },
        { issueDate: today },
      );
      extra.push(client);
    }
    const last30 = customPeriod({ from: ago(29), to: today });
    const top = await topClients(history.member, last30);
    // The history's client: 800 + 250 − 100 = 950,00 in the last 30 days.
    expect(top.map((client) => [client.id, client.invoicedExclVatCents])).toEqual([
      [history.client.id, 95_000],
      [extra[3]!.id, 40_000],
      [extra[2]!.id, 30_000],
      [extra[1]!.id, 20_000],
      [extra[0]!.id, 10_000],
    ]);
    // 40 to 50 days ago: only the history's first two invoices.
    expect(await topClients(history.member, customPeriod({ from: ago(50), to: ago(40) }))).toEqual([
      { id: history.client.id, name: history.client.name, invoicedExclVatCents: 150_000 },
    ]);
    const other = await businessHistory();
    const theirs = await topClients(other.member, last30);
    expect(theirs.map((client) => client.id)).toEqual([other.client.id]);
  }, 120_000);
});
