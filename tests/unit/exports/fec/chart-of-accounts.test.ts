import {
  CHART_SLOTS,
  DEFAULT_CHART,
  chartRate,
  chartWith,
  revenueAccount,
  treasuryOf,
  vatAccount,
} from "@/lib/exports/fec/chart-of-accounts";
import { chartOfAccountsInput } from "@/lib/exports/fec/chart-of-accounts-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";

function errorsOf(input: Record<string, unknown>) {
  const result = chartOfAccountsInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("chartOfAccountsInput", () => {
  it("accepts empty fields (the defaults) and numbers of the slot's class, spaces removed", () => {
    const result = chartOfAccountsInput.parse({
      "revenue.SERVICE.2000": " 706 100 ",
      "vat.550": "4457130",
      clients: "411",
      deposits: "",
      cash: "530000000000",
    });
    expect(result["revenue.SERVICE.2000"]).toBe("706100");
    expect(result["vat.550"]).toBe("4457130");
    expect(result.clients).toBe("411");
    expect(result.deposits).toBe("");
    expect(result.bank).toBe("");
    expect(result.cash).toBe("530000000000");
  });

  it("refuses anything but digits, fewer than 3 or more than 12, and another class, per field", () => {
    expect(
      errorsOf({
        "revenue.GOODS.2000": "707A00",
        "vat.2000": "44",
        clients: "4110000000000",
        bank: "411000",
        "revenue.SERVICE.other": "606000",
        cheques: "-51120",
      }),
    ).toEqual({
      "revenue.GOODS.2000": ["account_digits"],
      "vat.2000": ["account_length"],
      clients: ["account_length"],
      bank: ["account_class"],
      "revenue.SERVICE.other": ["account_class"],
      cheques: ["account_digits"],
    });
  });
});

describe("chart of accounts", () => {
  it("is the French default chart unless a slot is set", () => {
    expect(revenueAccount(DEFAULT_CHART, "SERVICE", 2000).number).toBe("706000");
    expect(revenueAccount(DEFAULT_CHART, "GOODS", 550).number).toBe("707000");
    expect([2000, 1000, 550, 210, 0, 850].map((rate) => vatAccount(DEFAULT_CHART, rate).number)).toEqual([
      "445712",
      "445711",
      "445713",
      "445714",
      "445710",
      "445710",
    ]);
    const chart = chartWith({ "revenue.GOODS.1000": "707100", "vat.other": "4457109", cash: "531000" });
    expect(revenueAccount(chart, "GOODS", 1000)).toEqual({ number: "707100", label: "Ventes de marchandises" });
    expect(revenueAccount(chart, "GOODS", 2000).number).toBe("707000");
    expect(vatAccount(chart, 0).number).toBe("4457109");
    expect(treasuryOf(chart, "CASH")).toEqual({
      journal: { code: "CA", label: "Journal de caisse" },
      account: { number: "531000", label: "Caisse" },
    });
    expect(treasuryOf(chart, "CHEQUE").account.number).toBe("511200");
    expect(treasuryOf(chart, "CARD").account.number).toBe("512000");
  });

  it("has one slot per kind and rate, per VAT rate and per single account", () => {
    expect(CHART_SLOTS).toHaveLength(2 * 5 + 5 + 5);
    expect(new Set(CHART_SLOTS).size).toBe(CHART_SLOTS.length);
    expect(chartRate(2000)).toBe("2000");
    expect(chartRate(1234)).toBe("other");
  });
});
