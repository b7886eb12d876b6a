import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { getClientBalance } from "@/lib/documents/lists/client-documents";
import { listInvoices } from "@/lib/documents/lists/list-documents";
import { recordPayment } from "@/lib/payments/record-payment";
import { agedInvoicesOfClient } from "@/lib/reports/aged-client-invoices";
import { agedReceivables } from "@/lib/reports/aged-receivables";
import { resolveAsOf } from "@/lib/reports/aged-receivables-as-of";
import { agedReceivablesFile } from "@/lib/reports/aged-receivables-file";
import { AppError } from "@/lib/errors/app-error";
import { testMeta } from "../../support/factories";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, lineInput, makeIssuedInvoice } from "../../support/document-factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { readXlsxRows } from "../../support/xlsx";

// The aged receivables against the same report computed in JavaScript from the rows: invoices
// and a deposit invoice due in every bucket, partial payments, a credit note, and a payment
// dated after the as-of day (which must not count on that day). The summary comes from
// agedReceivables, each client's invoices from agedInvoicesOfClient (the drill-down, on
// demand); as of today both read the open invoices directly, and they must say what the
// balances rebuilt as of the same day say.

const today = calendarDate();
const ago = (days: number) => addDays(today, -days);
const line = (price: string) => ({ lines: [lineInput({ unitPrice: price })] });

async function pay(member: MemberContext, invoiceId: string, date: string, amount: string) {
  await recordPayment(member, invoiceId, { date, amount, method: "TRANSFER" }, testMeta());
}

/** Two clients' invoices, issued oldest first (numbers follow dates). Amounts excl. VAT at 20 %. */
async function receivables() {
  const workspace = await documentWorkspace("OWNER");
  const { member } = workspace;
  const alpha = workspace.client;
  const beta = await addClient(
    await actingAs(workspace.user.id, workspace.organization.id, "clients.write"),
    companyInput({ legalName: "Beta SARL" }),
  );
  const deposit = await makeIssuedInvoice(
    member,
    beta.id,
    line("50,00"),
    { issueDate: ago(150), dueDate: ago(120) },
    "DEPOSIT_INVOICE",
  );
  const sixtyToNinety = await makeIssuedInvoice(member, beta.id, line("400,00"), {
    issueDate: ago(100),
    dueDate: ago(75),
  });
  const thirtyToSixty = await makeIssuedInvoice(member, alpha.id, line("300,00"), {
    issueDate: ago(70),
    dueDate: ago(45),
  });
  const zeroToThirty = await makeIssuedInvoice(member, alpha.id, line("200,00"), {
    issueDate: ago(30),
    dueDate: ago(10),
  });
  const notDue = await makeIssuedInvoice(member, alpha.id, line("100,00"), {
    issueDate: ago(8),
    dueDate: addDays(today, 20),
  });
  const paid = await makeIssuedInvoice(member, alpha.id, line("100,00"), {
    issueDate: ago(7),
    dueDate: addDays(today, 23),
  });
  const note = await createCreditNote(
    member,
    { invoiceId: zeroToThirty.id, mode: "AMOUNT", amount: "40,00" },
    testMeta(),
  );
  await issueDocument(member, note.documentId, { issueDate: ago(6) }, testMeta());
  await pay(member, notDue.id, ago(4), "20,00");
  await pay(member, paid.id, ago(3), "120,00");
  await pay(member, thirtyToSixty.id, ago(2), "60,00");
  return { ...workspace, alpha, beta, ids: { deposit, sixtyToNinety, thirtyToSixty, zeroToThirty, notDue, paid } };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const day = (date: Date | null) => (date ? calendarFromDate(date) : null);

/** The bucket by plain thresholds (not the app's table). */
function bucketOf(daysLate: number | null) {
  if (daysLate === null || daysLate <= 0) return "notDue";
  if (daysLate <= 30) return "days0To30";
  if (daysLate <= 60) return "days31To60";
  if (daysLate <= 90) return "days61To90";
  return "over90";
}

/** The report from the organization's rows, in JavaScript. */
async function reportFromRows(organizationId: string, asOf: string) {
  const [documents, payments, clients] = await Promise.all([
    db.document.findMany({ where: { organizationId } }),
    db.payment.findMany({ where: { organizationId } }),
    db.client.findMany({ where: { organizationId } }),
  ]);
  const invoices = documents
    .filter((d) => (d.type === "INVOICE" || d.type === "DEPOSIT_INVOICE") && d.status === "ISSUED")
    .filter((d) => day(d.issueDate)! <= asOf)
    .map((d) => {
      const paidCents = sum(
        payments.filter((p) => p.documentId === d.id && day(p.date)! <= asOf).map((p) => p.amountCents),
      );
      const creditedCents = sum(
        documents
          .filter((n) => n.creditedInvoiceId === d.id && n.status === "ISSUED" && day(n.issueDate)! <= asOf)
          .map((n) => n.totalInclVatCents),
      );
      const dueDate = day(d.dueDate);
      const daysLate = dueDate === null ? null : (Date.parse(asOf) - Date.parse(dueDate)) / 86_400_000;
      return {
        clientId: d.clientId,
        id: d.id,
        balanceCents: d.totalInclVatCents - paidCents - creditedCents,
        daysLate,
        bucket: bucketOf(daysLate),
      };
    })
    // Owed or overpaid (a refund due counts negative).
    .filter((invoice) => invoice.balanceCents !== 0);
  const amounts = (rows: typeof invoices) => ({
    notDue: sum(rows.filter((r) => r.bucket === "notDue").map((r) => r.balanceCents)),
    days0To30: sum(rows.filter((r) => r.bucket === "days0To30").map((r) => r.balanceCents)),
    days31To60: sum(rows.filter((r) => r.bucket === "days31To60").map((r) => r.balanceCents)),
    days61To90: sum(rows.filter((r) => r.bucket === "days61To90").map((r) => r.balanceCents)),
    over90: sum(rows.filter((r) => r.bucket === "over90").map((r) => r.balanceCents)),
    totalCents: sum(rows.map((r) => r.balanceCents)),
  });
  const owing = clients
    .filter((c) => invoices.some((i) => i.clientId === c.id))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    clients: owing.map((c) => ({
      client: { id: c.id, name: c.name },
      amounts: amounts(invoices.filter((i) => i.clientId === c.id)),
      invoices: invoices
        .filter((i) => i.clientId === c.id)
        .map(({ id, balanceCents, daysLate, bucket }) => ({ id, balanceCents, daysLate, bucket }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    })),
    totals: amounts(invoices),
  };
}

/**
 * The summary and each client's invoices (agedInvoicesOfClient), without what the JavaScript
 * reading does not compute (numbers, dates), invoices by id. `today`: as agedReceivables's.
 */
async function comparable(member: MemberContext, asOf: string, today?: string) {
  const report = await agedReceivables(member, asOf, today);
  const clients = await Promise.all(
    report.clients.map(async (c) => {
      const detail = await agedInvoicesOfClient(member, asOf, c.client.id, today);
      expect(detail).toMatchObject({ asOf, currency: report.currency, client: c.client });
      // The drill-down adds up to the summary's amounts.
      expect(detail.totalCents).toBe(c.amounts.totalCents);
      return {
        client: c.client,
        amounts: c.amounts,
        invoices: detail.invoices
          .map(({ id, balanceCents, daysLate, bucket }) => ({ id, balanceCents, daysLate, bucket }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      };
    }),
  );
  return { clients, totals: report.totals };
}

/** Every invoice of the report's clients with a balance due as of `asOf`, from the drill-down. */
async function invoicesAsOf(member: MemberContext, asOf: string) {
  const report = await agedReceivables(member, asOf);
  const details = await Promise.all(report.clients.map((c) => agedInvoicesOfClient(member, asOf, c.client.id)));
  return details.flatMap((detail) => detail.invoices);
}

let history: Awaited<ReturnType<typeof receivables>>;

beforeAll(async () => {
  history = await receivables();
}, 120_000);

describe("agedReceivables", () => {
  it.each([0, 1, 5, 11, 46, 80, 130, 200])("matches the rows as of %i days ago", async (daysBack) => {
    const asOf = ago(daysBack);
    const report = await agedReceivables(history.member, asOf);
    expect(report.asOf).toBe(asOf);
    expect(report.currency).toBe("EUR");
    expect(await comparable(history.member, asOf)).toEqual(await reportFromRows(history.organization.id, asOf));
  });

  it("as of today, reading the open invoices gives what rebuilding the balances as of today gives", async () => {
    // Computed "tomorrow", today is a past day: the balances are rebuilt as of it.
    const tomorrow = addDays(today, 1);
    const current = await comparable(history.member, today);
    expect(await comparable(history.member, today, tomorrow)).toEqual(current);
    expect(await agedReceivables(history.member, today, tomorrow)).toEqual(
      await agedReceivables(history.member, today),
    );
    for (const { client } of current.clients) {
      expect(await agedInvoicesOfClient(history.member, today, client.id, tomorrow)).toEqual(
        await agedInvoicesOfClient(history.member, today, client.id),
      );
    }
    expect(current.clients.flatMap((c) => c.invoices)).toHaveLength(5);
  });

  it("is the amounts the invoices were built with, today", async () => {
    const report = await agedReceivables(history.member, today);
    // By client name: "Beta SARL", then the workspace's "Entreprise …".
    expect(report.clients.map((c) => c.client.id)).toEqual([history.beta.id, history.alpha.id]);
    const byId = new Map(report.clients.map((c) => [c.client.id, c]));
    expect(byId.get(history.alpha.id)!.amounts).toEqual({
      notDue: 12_000 - 2_000,
      days0To30: 24_000 - 4_000,
      days31To60: 36_000 - 6_000,
      days61To90: 0,
      over90: 0,
      totalCents: 10_000 + 20_000 + 30_000,
    });
    expect(byId.get(history.beta.id)!.amounts).toEqual({
      notDue: 0,
      days0To30: 0,
      days31To60: 0,
      days61To90: 48_000,
      over90: 6_000,
      totalCents: 54_000,
    });
    expect(report.totals.totalCents).toBe(60_000 + 54_000);
    // The drill-down: the paid invoice is not there, the others with their days late, oldest due first.
    const alphaDetail = await agedInvoicesOfClient(history.member, today, history.alpha.id);
    expect(alphaDetail.client).toEqual({ id: history.alpha.id, name: byId.get(history.alpha.id)!.client.name });
    expect(alphaDetail.totalCents).toBe(60_000);
    const alphaInvoices = alphaDetail.invoices;
    expect(alphaInvoices.map((i) => [i.id, i.daysLate, i.bucket, i.balanceCents])).toEqual([
      [history.ids.thirtyToSixty.id, 45, "days31To60", 30_000],
      [history.ids.zeroToThirty.id, 10, "days0To30", 20_000],
      [history.ids.notDue.id, -20, "notDue", 10_000],
    ]);
    expect(alphaInvoices[0]).toMatchObject({ issueDate: ago(70), dueDate: ago(45), type: "INVOICE" });
    expect(alphaInvoices[0]!.number).toEqual(expect.any(String));
  });

  it("as of 5 days ago: the later payments do not count, the earlier credit note does", async () => {
    const report = await agedReceivables(history.member, ago(5));
    const alpha = report.clients.find((c) => c.client.id === history.alpha.id)!;
    expect(alpha.amounts).toEqual({
      // The invoice paid 3 days ago and the 20,00 paid 4 days ago were still owed.
      notDue: 12_000 + 12_000,
      days0To30: 24_000 - 4_000,
      // The 60,00 paid 2 days ago is not deducted.
      days31To60: 36_000,
      days61To90: 0,
      over90: 0,
      totalCents: 24_000 + 20_000 + 36_000,
    });
    // 6 days ago the credit note (issued 6 days ago) counts; 7 days ago it did not exist.
    const before = await agedReceivables(history.member, ago(7));
    expect(before.clients.map((c) => c.client.id)).toContain(history.alpha.id);
    const zeroToThirty = async (asOf: string) =>
      (await invoicesAsOf(history.member, asOf)).find((i) => i.id === history.ids.zeroToThirty.id)!;
    expect((await zeroToThirty(ago(7))).balanceCents).toBe(24_000);
    expect((await zeroToThirty(ago(6))).balanceCents).toBe(20_000);
  });

  it("counts an invoice paid and then credited as a refund due: negative, in its due date's bucket, as the invoices list and the client's balance count it", async () => {
    const workspace = await documentWorkspace("OWNER");
    const { member } = workspace;
    const refunded = await makeIssuedInvoice(member, workspace.client.id, line("100,00"), {
      issueDate: ago(20),
      dueDate: ago(5),
    });
    await makeIssuedInvoice(member, workspace.client.id, line("200,00"), {
      issueDate: ago(2),
      dueDate: addDays(today, 28),
    });
    await pay(member, refunded.id, ago(10), "120,00");
    const note = await createCreditNote(
      member,
      { invoiceId: refunded.id, mode: "AMOUNT", amount: "30,00" },
      testMeta(),
    );
    await issueDocument(member, note.documentId, { issueDate: ago(3) }, testMeta());

    const report = await agedReceivables(member, today);
    expect(report.clients).toHaveLength(1);
    expect(report.totals).toEqual({
      notDue: 24_000,
      days0To30: -3_000,
      days31To60: 0,
      days61To90: 0,
      over90: 0,
      totalCents: 21_000,
    });
    const detail = await agedInvoicesOfClient(member, today, workspace.client.id);
    expect(detail.invoices.find((i) => i.id === refunded.id)).toMatchObject({ balanceCents: -3_000, daysLate: 5 });
    // The same net amount everywhere a balance is shown.
    expect((await listInvoices(member, {})).totals.balanceDueCents).toBe(21_000);
    expect((await getClientBalance(member, workspace.client.id)).balanceCents).toBe(21_000);
    // Each day as the rows say: before the credit note the paid invoice has no balance, before
    // the payment it was owed, and the past-day reading agrees with today's.
    for (const asOf of [today, ago(3), ago(4), ago(10), ago(11)]) {
      expect(await comparable(member, asOf)).toEqual(await reportFromRows(workspace.organization.id, asOf));
    }
    expect((await agedReceivables(member, ago(4))).totals.totalCents).toBe(0);
    expect((await agedReceivables(member, ago(11))).totals).toMatchObject({ notDue: 12_000, totalCents: 12_000 });
    expect(await agedReceivables(member, today, addDays(today, 1))).toEqual(report);
  }, 60_000);

  it("before any invoice was issued, nothing is due", async () => {
    const report = await agedReceivables(history.member, ago(151));
    expect(report.clients).toEqual([]);
    expect(report.totals.totalCents).toBe(0);
  });

  it("never shows another organization's invoices", async () => {
    const before = await agedReceivables(history.member, today);
    const other = await documentWorkspace("OWNER");
    await makeIssuedInvoice(other.member, other.client.id, line("999,00"), { issueDate: ago(40), dueDate: ago(35) });
    expect(await agedReceivables(history.member, today)).toEqual(before);
    const theirs = await agedReceivables(other.member, today);
    expect(theirs.clients.map((c) => c.client.id)).toEqual([other.client.id]);
    expect(theirs.totals).toMatchObject({ days31To60: 119_880, totalCents: 119_880 });
    const csv = await agedReceivablesFile(history.member, today, "en");
    expect(csv.body).not.toContain(other.client.name);

    // The drill-down: their client is not found from here, ours not from there, today or before;
    // they read their own.
    for (const asOf of [today, ago(5)]) {
      const notFound = await expectAppError(
        agedInvoicesOfClient(history.member, asOf, other.client.id),
        "client_not_found",
      );
      expect(notFound.kind).toBe("NOT_FOUND");
      await expectAppError(agedInvoicesOfClient(other.member, asOf, history.alpha.id), "client_not_found");
    }
    const theirInvoices = await agedInvoicesOfClient(other.member, today, other.client.id);
    expect(theirInvoices.invoices.map((i) => i.balanceCents)).toEqual([119_880]);
  }, 60_000);

  it("a malformed client id is a client not found, never a query", async () => {
    for (const raw of [undefined, "", "   ", "x".repeat(65), "a\u0000b", ["c1"], 42]) {
      await expectAppError(agedInvoicesOfClient(history.member, today, raw), "client_not_found");
    }
  });

  it("a client of the organization with nothing due has an empty list", async () => {
    const gamma = await addClient(
      await actingAs(history.user.id, history.organization.id, "clients.write"),
      companyInput({ legalName: "Gamma SA" }),
    );
    const detail = await agedInvoicesOfClient(history.member, today, gamma.id);
    expect(detail).toMatchObject({ client: { id: gamma.id }, invoices: [], totalCents: 0 });
  });
});

describe("permissions", () => {
  it("a MEMBER reads the report but gets no CSV export; an ACCOUNTANT gets both", async () => {
    const { user } = await addMember(history.organization.id, "MEMBER");
    const member = await actingAs(user.id, history.organization.id, "documents.read");
    expect(await agedReceivables(member, today)).toEqual(await agedReceivables(history.member, today));
    await expectAppError(agedReceivablesFile(member, today, "fr"), "forbidden");
    await expectAppError(actingAs(user.id, history.organization.id, "exports.read"), "forbidden");

    const accountant = await addMember(history.organization.id, "ACCOUNTANT");
    const reader = await actingAs(accountant.user.id, history.organization.id, "exports.read");
    const csv = await agedReceivablesFile(reader, today, "fr");
    expect(csv.fileName).toBe(`balance-agee-${today}.csv`);
  });
});

describe("CSV", () => {
  it("holds the page's figures, one line per client and the totals, headers in the user's language", async () => {
    const report = await agedReceivables(history.member, today);
    const fr = await agedReceivablesFile(history.member, today, "fr");
    const lines = String(fr.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Client;Non échu (EUR);0–30 jours (EUR);31–60 jours (EUR);61–90 jours (EUR);Plus de 90 jours (EUR);Total (EUR)",
    );
    const beta = lines.find((l) => l.startsWith("Beta SARL;"));
    expect(beta).toBe("Beta SARL;0,00;0,00;0,00;480,00;60,00;540,00");
    expect(lines.at(-1)).toBe(
      `Total général;100,00;200,00;300,00;480,00;60,00;${(report.totals.totalCents / 100).toFixed(2).replace(".", ",")}`,
    );
    expect(lines).toHaveLength(report.clients.length + 2);

    const en = await agedReceivablesFile(history.member, ago(5), "en");
    const enLines = String(en.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(enLines[0]).toBe(
      "Client,Not yet due (EUR),0–30 days (EUR),31–60 days (EUR),61–90 days (EUR),Over 90 days (EUR),Total (EUR)",
    );
    expect(enLines.at(-1)).toBe("Grand total,240.00,200.00,360.00,480.00,60.00,1340.00");
    expect(en.fileName).toBe(`aged-receivables-${ago(5)}.csv`);
  });
});

describe("XLSX", () => {
  it("holds the same figures as numbers, the header and totals in the user's language", async () => {
    const report = await agedReceivables(history.member, today);
    const file = await agedReceivablesFile(history.member, today, "fr", "xlsx");
    expect(file.fileName).toBe(`balance-agee-${today}.xlsx`);
    expect(file.contentType).toContain("spreadsheetml");
    const rows = await readXlsxRows(file.body);
    expect(rows[0]).toEqual([
      "Client",
      "Non échu (EUR)",
      "0–30 jours (EUR)",
      "31–60 jours (EUR)",
      "61–90 jours (EUR)",
      "Plus de 90 jours (EUR)",
      "Total (EUR)",
    ]);
    expect(rows.find((row) => row[0] === "Beta SARL")).toEqual(["Beta SARL", 0, 0, 0, 480, 60, 540]);
    expect(rows.at(-1)).toEqual(["Total général", 100, 200, 300, 480, 60, report.totals.totalCents / 100]);
    expect(rows).toHaveLength(report.clients.length + 2);
  });
});

describe("resolveAsOf", () => {
  const fieldErrors = (params: Record<string, unknown>) => {
    try {
      resolveAsOf(params, today);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).details.fieldErrors;
    }
  };

  it("defaults to today, and takes a past day", () => {
    expect(resolveAsOf({}, today)).toBe(today);
    expect(resolveAsOf({ asOf: "" }, today)).toBe(today);
    expect(resolveAsOf({ asOf: [ago(3), "x"] }, today)).toBe(ago(3));
    expect(resolveAsOf({ asOf: ` ${today} ` }, today)).toBe(today);
  });

  it("refuses a day that does not exist or is after today, on the asOf field", () => {
    expect(fieldErrors({ asOf: "2026-02-30" })).toEqual({ asOf: ["as_of_invalid"] });
    expect(fieldErrors({ asOf: "07/12/2026" })).toEqual({ asOf: ["as_of_invalid"] });
    expect(fieldErrors({ asOf: addDays(today, 1) })).toEqual({ asOf: ["as_of_future"] });
  });
});
