import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import { deletePayment } from "@/lib/payments/delete-payment";
import { listInvoicePayments } from "@/lib/payments/list-invoice-payments";
import { recordPayment } from "@/lib/payments/record-payment";
import { testMeta } from "../../support/factories";
import { documentOrganization, insertDocument, issuedInvoice } from "../../support/issued-document-factories";
import { expectAppError } from "../../support/member-factories";

// Payments against issued invoices: partial then full, overpayment refused (by the function
// and by the database), concurrent payments, delete recomputes the derived status, audit.

const today = calendarDate();
const pay = (amount: string, overrides: Record<string, unknown> = {}) => ({
  date: today,
  amount,
  method: "TRANSFER",
  ...overrides,
});

describe("recordPayment", () => {
  it("a partial then a full payment make the invoice PARTIALLY_PAID then PAID", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id); // 1 200,00 € TTC

    const first = await recordPayment(
      member,
      invoice.id,
      pay("500,00", { method: "CHEQUE", reference: "CHQ 1234567", note: "Reçu au bureau" }),
      testMeta(),
    );
    expect(first.payment).toMatchObject({
      documentId: invoice.id,
      date: today,
      amountCents: 50_000,
      method: "CHEQUE",
      reference: "CHQ 1234567",
      note: "Reçu au bureau",
      createdById: member.userId,
    });
    expect(first.invoice).toMatchObject({
      paidCents: 50_000,
      balanceCents: 70_000,
      displayStatus: "PARTIALLY_PAID",
    });

    const second = await recordPayment(member, invoice.id, pay("700"), testMeta());
    expect(second.invoice).toMatchObject({ paidCents: 120_000, balanceCents: 0, displayStatus: "PAID" });

    const row = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(row.status).toBe("ISSUED"); // the status is derived, never stored
    expect(row.paidCents).toBe(120_000);

    const listed = await listInvoicePayments(member, invoice.id);
    expect(listed.payments.map((payment) => payment.amountCents)).toEqual([50_000, 70_000]);
    expect(listed.invoice.displayStatus).toBe("PAID");

    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: "payment.recorded" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ actorId: member.userId, targetType: "Payment", targetId: first.payment.id });
    expect(audits[0]!.metadata).toMatchObject({ documentId: invoice.id, amountCents: 50_000, method: "CHEQUE" });
  });

  it("refuses an overpayment with payment_exceeds_balance and the remaining balance", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    await recordPayment(member, invoice.id, pay("1000"), testMeta());

    const error = await expectAppError(
      recordPayment(member, invoice.id, pay("200,01"), testMeta()),
      "payment_exceeds_balance",
    );
    expect(error.kind).toBe("CONFLICT");
    expect(error.details).toMatchObject({
      remainingCents: 20_000,
      fieldErrors: { amount: ["payment_exceeds_balance"] },
    });

    // Exactly the balance is fine; then nothing is left.
    await recordPayment(member, invoice.id, pay("200"), testMeta());
    const paid = await expectAppError(
      recordPayment(member, invoice.id, pay("0,01"), testMeta()),
      "payment_exceeds_balance",
    );
    expect(paid.details.remainingCents).toBe(0);
    expect(await db.payment.count({ where: { documentId: invoice.id } })).toBe(2);
  });

  it("the database refuses an overpayment whatever the path", async () => {
    const { organization, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    await expect(
      db.payment.create({
        data: {
          organizationId: organization.id,
          documentId: invoice.id,
          date: dateFromCalendar(today),
          amountCents: 120_001,
          method: "CASH",
        },
      }),
    ).rejects.toThrow(/facturo:payment_exceeds_balance/);
  });

  it("two payments at once each taking the whole balance: exactly one succeeds", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    const results = await Promise.allSettled([
      recordPayment(member, invoice.id, pay("1200"), testMeta()),
      recordPayment(member, invoice.id, pay("1200"), testMeta()),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const reason = (rejected[0] as PromiseRejectedResult).reason as AppError;
    expect(reason).toBeInstanceOf(AppError);
    expect(reason.code).toBe("payment_exceeds_balance");
    const row = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(row.paidCents).toBe(120_000);
    expect(await db.payment.count({ where: { documentId: invoice.id } })).toBe(1);
  });

  it("many concurrent small payments never exceed the total", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id, {
      lines: [{ unitPriceCents: 1000, vatRateBps: 0 }],
    });
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, () => recordPayment(member, invoice.id, pay("1"), testMeta())),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    const row = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(row.paidCents).toBe(1000);
  });

  it("refuses drafts, quotes and credit notes (payment_not_payable), and a deposit invoice takes payments", async () => {
    const { organization, member, client } = await documentOrganization();
    const line = [{ unitPriceCents: 10_000, vatRateBps: 2000 }];
    const draft = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      lines: line,
    });
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "SENT",
      lines: line,
    });
    const invoice = await issuedInvoice(organization.id, client.id);
    const creditNote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      lines: line,
      creditedInvoiceId: invoice.id,
    });
    for (const document of [draft, quote, creditNote]) {
      await expectAppError(recordPayment(member, document.id, pay("10"), testMeta()), "payment_not_payable");
    }
    const deposit = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "DEPOSIT_INVOICE",
      status: "ISSUED",
      lines: line,
    });
    const result = await recordPayment(member, deposit.id, pay("120"), testMeta());
    expect(result.invoice.displayStatus).toBe("PAID");
    expect(await db.payment.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("validates the input: amount > 0, known method, real past date", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    const error = await expectAppError(
      recordPayment(member, invoice.id, { date: addDays(today, 1), amount: "0", method: "BITCOIN" }, testMeta()),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({
      date: ["payment_date_future"],
      amount: ["payment_amount_positive"],
      method: ["payment_method_invalid"],
    });
    const dates = await expectAppError(
      recordPayment(member, invoice.id, pay("10", { date: "2026-02-30" }), testMeta()),
      "invalid_input",
    );
    expect(dates.details.fieldErrors).toEqual({ date: ["date_invalid"] });
    // A date long past is fine (a cheque received before the invoice was issued).
    const old = await recordPayment(member, invoice.id, pay("10", { date: "2020-01-15" }), testMeta());
    expect(old.payment.date).toBe("2020-01-15");
  });

  it("an overdue invoice partly paid stays OVERDUE, and PAID once settled", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id, {
      issueDate: addDays(today, -60),
      dueDate: addDays(today, -30),
    });
    const partial = await recordPayment(member, invoice.id, pay("100"), testMeta());
    expect(partial.invoice.displayStatus).toBe("OVERDUE");
    const full = await recordPayment(member, invoice.id, pay("1100"), testMeta());
    expect(full.invoice.displayStatus).toBe("PAID");
  });
});

describe("deletePayment", () => {
  it("takes the amount off the invoice (status derived again) and is audit-logged", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    const first = await recordPayment(member, invoice.id, pay("200"), testMeta());
    const second = await recordPayment(
      member,
      invoice.id,
      pay("1000", { method: "CARD", reference: "CB-1" }),
      testMeta(),
    );
    expect(second.invoice.displayStatus).toBe("PAID");

    const afterSecond = await deletePayment(member, second.payment.id, testMeta("10.0.0.7"));
    expect(afterSecond.invoice).toMatchObject({
      paidCents: 20_000,
      balanceCents: 100_000,
      displayStatus: "PARTIALLY_PAID",
    });
    const afterFirst = await deletePayment(member, first.payment.id, testMeta());
    expect(afterFirst.invoice).toMatchObject({ paidCents: 0, balanceCents: 120_000, displayStatus: "ISSUED" });
    expect(await db.payment.count({ where: { documentId: invoice.id } })).toBe(0);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "payment.deleted", targetId: second.payment.id },
    });
    expect(audit).toMatchObject({ actorId: member.userId, ip: "10.0.0.7", targetType: "Payment" });
    expect(audit.metadata).toMatchObject({
      documentId: invoice.id,
      amountCents: 100_000,
      method: "CARD",
      reference: "CB-1",
      date: today,
    });

    await expectAppError(deletePayment(member, second.payment.id, testMeta()), "payment_not_found");
  });

  it("payments cannot be edited in the database", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id);
    const { payment } = await recordPayment(member, invoice.id, pay("10"), testMeta());
    await expect(db.payment.update({ where: { id: payment.id }, data: { amountCents: 1 } })).rejects.toThrow(
      /facturo:payment_frozen/,
    );
    // Its currency is the invoice's, copied by the database, and frozen like the rest.
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).currency).toBe(invoice.currency);
    await expect(db.payment.update({ where: { id: payment.id }, data: { currency: "USD" } })).rejects.toThrow(
      /facturo:payment_frozen/,
    );
  });
});
