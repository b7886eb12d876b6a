import { MAX_PAGE } from "@/lib/lists/list-query";
import { parseReceiptsPageNumber } from "@/lib/reports/receipts-register/receipts-page-query";

describe("parseReceiptsPageNumber", () => {
  it("reads a whole page number from 1, the first of repeated ones", () => {
    expect(parseReceiptsPageNumber("3")).toBe(3);
    expect(parseReceiptsPageNumber(["2", "7"])).toBe(2);
    expect(parseReceiptsPageNumber(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it("makes anything else page 1, never an error", () => {
    for (const bad of [undefined, "", "0", "-2", "1.5", "abc", "1e9", String(MAX_PAGE + 1), "NaN", []]) {
      expect(parseReceiptsPageNumber(bad)).toBe(1);
    }
  });
});
