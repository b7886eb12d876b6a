import { db } from "@/lib/db/prisma";
import { takeNextNumber } from "@/lib/documents/document-numbering";
import { createOrganization } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";

// takeNextNumber on its own: the series' counter, its format, its chronology.

const take = (organizationId: string, issueDate: string, type: "INVOICE" | "QUOTE" | "CREDIT_NOTE" = "INVOICE") =>
  db.$transaction((tx) => takeNextNumber(tx, { organizationId, type, issueDate }));

describe("takeNextNumber", () => {
  it("counts 1, 2, 3 per series with the default format, one series per type and per year", async () => {
    const organization = await createOrganization();
    expect(await take(organization.id, "2026-01-05")).toEqual({
      series: "INVOICE-2026",
      sequence: 1,
      number: "F-2026-00001",
    });
    expect((await take(organization.id, "2026-01-05")).number).toBe("F-2026-00002");
    expect((await take(organization.id, "2026-01-06", "QUOTE")).number).toBe("D-2026-00001");
    expect((await take(organization.id, "2026-02-01", "CREDIT_NOTE")).number).toBe("AV-2026-00001");
    expect(await take(organization.id, "2027-01-02")).toEqual({
      series: "INVOICE-2027",
      sequence: 1,
      number: "F-2027-00001",
    });
    // Another organization has its own counters.
    const other = await createOrganization();
    expect((await take(other.id, "2026-01-05")).number).toBe("F-2026-00001");
  });

  it("follows the organization's format; without yearly reset the counter spans years", async () => {
    const organization = await createOrganization();
    await db.numberingFormat.create({
      data: {
        organizationId: organization.id,
        documentType: "INVOICE",
        prefix: "FAC",
        includeYear: false,
        padding: 3,
        yearlyReset: false,
      },
    });
    expect(await take(organization.id, "2026-12-31")).toEqual({ series: "INVOICE", sequence: 1, number: "FAC-001" });
    expect(await take(organization.id, "2027-01-01")).toEqual({ series: "INVOICE", sequence: 2, number: "FAC-002" });
  });

  it("refuses a date before the series' last one without taking a number", async () => {
    const organization = await createOrganization();
    await take(organization.id, "2026-03-10");
    const error = await expectAppError(take(organization.id, "2026-03-09"), "issue_date_before_last");
    expect(error.kind).toBe("CONFLICT");
    expect(error.details).toMatchObject({
      lastIssueDate: "2026-03-10",
      fieldErrors: { issueDate: ["issue_date_before_last"] },
    });
    // Same day is fine, and gets the next number: the refused call took none.
    expect((await take(organization.id, "2026-03-10")).sequence).toBe(2);
    const row = await db.numberSequence.findUniqueOrThrow({
      where: { organizationId_series: { organizationId: organization.id, series: "INVOICE-2026" } },
    });
    expect(row.lastNumber).toBe(2);
    expect(row.lastIssueDate.toISOString().slice(0, 10)).toBe("2026-03-10");
  });

  it("gives the number back when the transaction rolls back", async () => {
    const organization = await createOrganization();
    await take(organization.id, "2026-04-01");
    await expect(
      db.$transaction(async (tx) => {
        await takeNextNumber(tx, { organizationId: organization.id, type: "INVOICE", issueDate: "2026-04-02" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await take(organization.id, "2026-04-01")).toMatchObject({ sequence: 2 });
  });
});
