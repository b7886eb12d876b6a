import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { GET as receiptsRoute } from "@/app/api/reports/receipts/route";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { formatMoney } from "@/lib/money/format-money";
import { receiptsFile } from "@/lib/reports/receipts-register/receipts-file";
import { receiptsRegister } from "@/lib/reports/receipts-register/receipts-register";
import { RECEIPTS_PAGE_SIZE, receiptsRegisterPage } from "@/lib/reports/receipts-register/receipts-register-page";
import { receiptsTable } from "@/lib/reports/receipts-register/receipts-table";
import { recordPayment } from "@/lib/payments/record-payment";
import { documentWorkspace, lineInput, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { markIssued } from "../../support/issued-document-factories";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";
import { itWithPdfTools, tempPdfFiles } from "../../support/pdf-tools";
import { readXlsxRows } from "../../support/xlsx";
import { ago, period, salesHistory, type SalesHistory } from "./sales-history";

// The livre des recettes against the payments read plainly from the rows (sales-history.ts:
// partial payments, a deposit paid, a payment in another currency, payments before and after
// the period), then its CSV, XLSX and PDF (read back with pdftotext) against the page's rows,
// tenancy, permissions and bad input.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

const run = promisify(execFile);
const pdfFile = tempPdfFiles("facturo-receipts-");

let history: SalesHistory;

beforeAll(async () => {
  history = await salesHistory();
}, 180_000);

const day = (date: Date) => calendarFromDate(date);

/** The period's payments in EUR documents, by date then recording order, read plainly. */
async function paymentsOfPeriod(organizationId: string) {
  const payments = await db.payment.findMany({ where: { organizationId }, include: { document: true } });
  return payments
    .filter((p) => day(p.date) >= period.from && day(p.date) <= period.to && p.document.currency === "EUR")
    .sort(
      (a, b) =>
        day(a.date).localeCompare(day(b.date)) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    );
}

describe("receiptsRegister", () => {
  it("is one line per payment of the period, in date order, with a running total", async () => {
    const register = await receiptsRegister(history.member, period);
    const payments = await paymentsOfPeriod(history.organization.id);
    // Invoice 1 twice and the deposit; not the USD invoice's, not before or after the period.
    expect(payments).toHaveLength(3);
    let running = 0;
    expect(register.receipts).toEqual(
      payments.map((p) => {
        running += p.amountCents;
        return {
          paymentId: p.id,
          date: day(p.date),
          documentId: p.documentId,
          number: p.document.number,
          clientName: (p.document.clientSnapshot as { name: string }).name,
          nature: p.document.supplyKind,
          method: p.method,
          reference: p.reference,
          amountCents: p.amountCents,
          runningTotalCents: running,
        };
      }),
    );
    expect(register.totalCents).toBe(running);
    expect(register.receipts.map((r) => [r.date, r.documentId, r.method])).toEqual([
      [ago(110), history.documents.invoice1.id, "TRANSFER"],
      [ago(79), history.documents.deposit.id, "CARD"],
      [ago(40), history.documents.invoice1.id, "CHEQUE"],
    ]);
    expect(register.totalCents).toBe(10_000 + history.documents.deposit.totalInclVatCents + 5_000);
    // Invoice 1 sells consulting and books: both; the deposit of a quote of both: both.
    expect(register.receipts[0]!.nature).toBe("BOTH");
    expect(register.organization).toEqual({ name: "Atelier Test SARL", siren: "552120222" });
  });

  it("never shows another organization's payments", async () => {
    const before = await receiptsRegister(history.member, period);
    const other = await documentWorkspace("OWNER");
    const theirs = await makeIssuedInvoice(
      other.member,
      other.client.id,
      { lines: [lineInput({ unitPrice: "999,00" })] },
      { issueDate: ago(30) },
    );
    await recordPayment(other.member, theirs.id, { date: ago(20), amount: "500,00", method: "CASH" }, testMeta());
    expect(await receiptsRegister(history.member, period)).toEqual(before);
    const register = await receiptsRegister(other.member, period);
    expect(register.receipts.map((r) => r.documentId)).toEqual([theirs.id]);
    const csv = await receiptsFile(history.member, period, "en", "csv");
    expect(csv.body).not.toContain(theirs.number!);
  }, 60_000);
});

/** Every page of the register one after the other, `pageSize` a page. */
async function allPages(member: SalesHistory["member"], pageSize: number) {
  const first = await receiptsRegisterPage(member, period, 1, pageSize);
  const pages = [first];
  for (let number = 2; number <= first.pageCount; number += 1) {
    pages.push(await receiptsRegisterPage(member, period, number, pageSize));
  }
  return pages;
}

describe("receiptsRegisterPage", () => {
  it("pages the register: the same lines and running totals, the period's total and count on every page", async () => {
    const register = await receiptsRegister(history.member, period);
    for (const pageSize of [1, 2, 3, RECEIPTS_PAGE_SIZE]) {
      const pages = await allPages(history.member, pageSize);
      expect(pages).toHaveLength(Math.ceil(register.receipts.length / pageSize));
      expect(pages.flatMap((page) => page.receipts)).toEqual(register.receipts);
      pages.forEach((page, index) => {
        expect(page).toMatchObject({
          period,
          currency: "EUR",
          totalCents: register.totalCents,
          count: register.receipts.length,
          page: index + 1,
          pageSize,
          pageCount: pages.length,
          carriedCents: index === 0 ? 0 : register.receipts[index * pageSize - 1]!.runningTotalCents,
        });
      });
    }
    const [first, second] = await allPages(history.member, 2);
    expect(first!.receipts.map((r) => r.paymentId)).toEqual(register.receipts.slice(0, 2).map((r) => r.paymentId));
    expect(second!.receipts).toEqual(register.receipts.slice(2));
    expect(second!.receipts[0]!.runningTotalCents).toBe(
      first!.receipts[1]!.runningTotalCents + second!.receipts[0]!.amountCents,
    );
  });

  it("carries the running total over pages that split a day; past the end is the last page, nonsense the first", async () => {
    const { member, client } = await documentWorkspace("OWNER");
    const invoice = await makeIssuedInvoice(
      member,
      client.id,
      { lines: [lineInput({ unitPrice: "1 000,00" })] },
      { issueDate: ago(130) },
    );
    const dollarsDraft = await makeDraft(member, client.id, { lines: [lineInput({ unitPrice: "500,00" })] });
    await db.document.update({ where: { id: dollarsDraft.id }, data: { currency: "USD", exchangeRate: "0.9" } });
    const dollars = await markIssued(dollarsDraft.id, ago(130));
    // Before, in and after the period; several a day (recording order decides), one in USD.
    const days = [126, 100, 100, 100, 60, 60, 6, 5, 5, 4];
    for (const [index, daysAgo] of days.entries()) {
      const amount = `${index + 1},${String(index * 7).padStart(2, "0")}`;
      await recordPayment(member, invoice.id, { date: ago(daysAgo), amount, method: "CASH" }, testMeta());
      if (daysAgo === 60) {
        await recordPayment(member, dollars.id, { date: ago(60), amount: "9,99", method: "CARD" }, testMeta());
      }
    }
    const register = await receiptsRegister(member, period);
    expect(register.receipts).toHaveLength(8);
    for (const pageSize of [1, 2, 3, 4, 5, 7]) {
      const pages = await allPages(member, pageSize);
      expect(pages.flatMap((page) => page.receipts)).toEqual(register.receipts);
      for (const page of pages) expect(page.receipts.length).toBeLessThanOrEqual(pageSize);
      expect(pages.map((page) => page.totalCents)).toEqual(pages.map(() => register.totalCents));
    }
    const last = await receiptsRegisterPage(member, period, 3, 3);
    expect(last.receipts.at(-1)!.runningTotalCents).toBe(register.totalCents);

    // A page past the end is the last one; a nonsense number is the first.
    const past = await receiptsRegisterPage(member, period, 99, 3);
    expect(past).toEqual(last);
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(await receiptsRegisterPage(member, period, bad, 3)).toEqual(
        await receiptsRegisterPage(member, period, 1, 3),
      );
    }
  }, 60_000);

  it("never shows another organization's receipts, and is empty for a period without any", async () => {
    const other = await documentWorkspace("OWNER");
    const theirs = await makeIssuedInvoice(
      other.member,
      other.client.id,
      { lines: [lineInput({ unitPrice: "999,00" })] },
      { issueDate: ago(30) },
    );
    await recordPayment(other.member, theirs.id, { date: ago(20), amount: "700,00", method: "CASH" }, testMeta());
    const ours = await allPages(history.member, 1);
    const register = await receiptsRegister(history.member, period);
    expect(ours.flatMap((page) => page.receipts)).toEqual(register.receipts);
    expect(ours[0]!.totalCents).toBe(register.totalCents);
    const mine = await receiptsRegisterPage(other.member, period, 1);
    expect(mine).toMatchObject({ count: 1, totalCents: 70_000, carriedCents: 0, pageCount: 1 });
    expect(mine.receipts.map((r) => [r.documentId, r.runningTotalCents])).toEqual([[theirs.id, 70_000]]);

    const empty = await receiptsRegisterPage(other.member, { from: ago(400), to: ago(300) }, 2);
    expect(empty).toMatchObject({ receipts: [], count: 0, totalCents: 0, carriedCents: 0, page: 1, pageCount: 1 });
  }, 60_000);
});

describe("permissions", () => {
  it("a MEMBER reads the register but gets no file; an ACCOUNTANT gets every format", async () => {
    const { user } = await addMember(history.organization.id, "MEMBER");
    const member = await actingAs(user.id, history.organization.id, "documents.read");
    expect(await receiptsRegister(member, period)).toEqual(await receiptsRegister(history.member, period));
    expect(await receiptsRegisterPage(member, period, 1)).toEqual(
      await receiptsRegisterPage(history.member, period, 1),
    );
    for (const format of ["csv", "xlsx", "pdf"] as const) {
      await expectAppError(receiptsFile(member, period, "fr", format), "forbidden");
    }
    const accountant = await addMember(history.organization.id, "ACCOUNTANT");
    const reader = await actingAs(accountant.user.id, history.organization.id, "exports.read");
    const file = await receiptsFile(reader, period, "fr", "pdf");
    expect(file.fileName).toBe(`livre-des-recettes-${period.from}-${period.to}.pdf`);
  });
});

const csvCells = (body: string | Uint8Array, separator: string) =>
  String(body)
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(separator));

describe("files", () => {
  it("CSV and XLSX hold the page's rows and total, headers in French and English", async () => {
    const register = await receiptsRegister(history.member, period);
    const fr = csvCells((await receiptsFile(history.member, period, "fr", "csv")).body, ";");
    expect(fr[0]).toEqual([
      "Date d'encaissement",
      "Facture",
      "Client",
      "Nature",
      "Mode de règlement",
      "Référence",
      "Montant encaissé (EUR)",
      "Cumul (EUR)",
    ]);
    const en = csvCells((await receiptsFile(history.member, period, "en", "csv")).body, ",");
    expect(en[0]![0]).toBe("Date received");
    expect(en[0]![6]).toBe("Amount received (EUR)");
    const xlsx = await readXlsxRows((await receiptsFile(history.member, period, "en", "xlsx")).body);
    expect(fr).toHaveLength(register.receipts.length + 2);
    expect(xlsx).toHaveLength(register.receipts.length + 2);
    register.receipts.forEach((receipt, index) => {
      const [year, month, date] = receipt.date.split("-");
      expect(fr[index + 1]).toEqual([
        `${date}/${month}/${year}`,
        receipt.number,
        receipt.clientName,
        index === 0 ? "Marchandises et services" : fr[index + 1]![3],
        fr[index + 1]![4],
        receipt.reference ?? "",
        (receipt.amountCents / 100).toFixed(2).replace(".", ","),
        (receipt.runningTotalCents / 100).toFixed(2).replace(".", ","),
      ]);
      expect(xlsx[index + 1]![1]).toBe(receipt.number);
      expect(xlsx[index + 1]![6]).toBe(receipt.amountCents / 100);
      expect(xlsx[index + 1]![7]).toBe(receipt.runningTotalCents / 100);
    });
    expect(fr.map((row) => row[4]).slice(1, -1)).toEqual(["Virement", "Carte bancaire", "Chèque"]);
    expect(fr.at(-1)!.slice(2, 7)).toEqual([
      "Total de la période",
      "",
      "",
      "",
      (register.totalCents / 100).toFixed(2).replace(".", ","),
    ]);
    expect(xlsx.at(-1)![6]).toBe(register.totalCents / 100);
    expect(receiptsTable(register, "en").rows).toHaveLength(3);
  });

  itWithPdfTools("the PDF prints the organization, SIREN, period, every row, the total and page numbers", async () => {
    const register = await receiptsRegister(history.member, period);
    const file = await receiptsFile(history.member, period, "fr", "pdf");
    expect(file.contentType).toBe("application/pdf");
    const path = await pdfFile(Buffer.from(file.body as Uint8Array));
    await run("qpdf", ["--check", path]);
    const { stdout } = await run("pdftotext", ["-layout", path, "-"]);
    const text = stdout.replace(/[\u00a0\u202f\u2009]/g, " ");
    const plain = (value: string) => value.replace(/[\u00a0\u202f\u2009]/g, " ");
    const frDay = (value: string) => value.split("-").reverse().join("/");
    for (const piece of [
      "Livre des recettes",
      "Atelier Test SARL",
      "SIREN 552120222",
      `Période du ${frDay(period.from)} au ${frDay(period.to)}`,
      "Total de la période",
      plain(formatMoney(register.totalCents, "fr")),
      "Page 1 / 1",
    ]) {
      expect(text).toContain(piece);
    }
    for (const receipt of register.receipts) {
      const line = text.split("\n").find((l) => l.includes(frDay(receipt.date)) && l.includes(receipt.number));
      expect(line).toBeDefined();
      expect(line).toContain(plain(formatMoney(receipt.amountCents, "fr")));
      expect(line).toContain(plain(formatMoney(receipt.runningTotalCents, "fr")));
    }
    const en = await receiptsFile(history.member, period, "en", "pdf");
    const { stdout: english } = await run("pdftotext", [await pdfFile(Buffer.from(en.body as Uint8Array)), "-"]);
    expect(english).toContain("Receipts register");
    expect(english).toContain("Period total");
  });
});

describe("a long register", () => {
  itWithPdfTools(
    "runs onto several pages, headings and page numbers on each, rows never lost",
    async () => {
      const { member, client } = await documentWorkspace("OWNER");
      const invoice = await makeIssuedInvoice(
        member,
        client.id,
        { lines: [lineInput({ unitPrice: "1 000,00" })] },
        { issueDate: ago(100) },
      );
      for (let index = 0; index < 70; index += 1) {
        const date = ago(90 - index);
        await recordPayment(member, invoice.id, { date, amount: "1,00", method: "CASH" }, testMeta());
      }
      const register = await receiptsRegister(member, period);
      expect(register.receipts).toHaveLength(70);
      expect(register.receipts.at(-1)!.runningTotalCents).toBe(7_000);
      const file = await receiptsFile(member, period, "en", "pdf");
      const path = await pdfFile(Buffer.from(file.body as Uint8Array));
      const { stdout: info } = await run("pdfinfo", [path]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      const { stdout } = await run("pdftotext", ["-layout", path, "-"]);
      const texts = stdout.split("\f").filter((page) => page.trim() !== "");
      expect(texts).toHaveLength(pages);
      texts.forEach((page, index) => {
        expect(page).toContain(`Page ${index + 1} / ${pages}`);
        expect(page).toContain("Running total");
      });
      expect(stdout.split("\n").filter((line) => line.includes(invoice.number!))).toHaveLength(70);
      expect(texts.at(-1)).toContain("Period total");
    },
    120_000,
  );
});

describe("GET /api/reports/receipts", () => {
  const get = (query: string) => receiptsRoute(new Request(`http://localhost/api/reports/receipts?${query}`));
  const custom = `period=custom&from=${period.from}&to=${period.to}`;

  it("answers the files to an ACCOUNTANT, 401 signed out, 403 to a MEMBER, 400 with the field's code", async () => {
    currentSession = null;
    expect((await get(custom)).status).toBe(401);

    const { user: accountant } = await addMember(history.organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, history.organization.id);
    const pdf = await get(`${custom}&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(
      `attachment; filename="livre-des-recettes-${period.from}-${period.to}.pdf"`,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const csv = await get(custom);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");

    const problems: [string, string][] = [
      [`period=custom&from=${period.to}&to=${period.from}`, "period_range_reversed"],
      ["period=custom&from=2014-01-01&to=2026-01-01", "period_range_too_long"],
      ["period=custom&from=2026-13-01&to=2026-12-31", "period_date_invalid"],
      ["period=decade", "period_unknown"],
      [`${custom}&format=docx`, "format_invalid"],
    ];
    for (const [query, code] of problems) {
      const bad = await get(query);
      expect([query, bad.status, bad.headers.get("content-type")]).toEqual([query, 400, "application/problem+json"]);
      expect(await bad.json()).toMatchObject({ status: 400, code });
    }

    const { user: plain } = await addMember(history.organization.id, "MEMBER");
    currentSession = await signedIn(plain.id, history.organization.id);
    for (const format of ["csv", "xlsx", "pdf"]) {
      const refused = await get(`${custom}&format=${format}`);
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-disposition")).toBeNull();
    }
  });
});
