import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { declineQuote } from "@/lib/documents/quotes/decline-quote";
import { deletePayment } from "@/lib/payments/delete-payment";
import { listInvoicePayments } from "@/lib/payments/list-invoice-payments";
import { recordPayment } from "@/lib/payments/record-payment";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { documentOrganization, issuedInvoice, otherMember, sentQuote } from "../../support/issued-document-factories";
import { actingAs, expectAppError } from "../../support/member-factories";

// Tenancy and roles for payments, the quote lifecycle and credit notes: another
// organization's ids look missing and change nothing; a user of another organization cannot
// act in this one; the accountant reads but changes nothing; a plain member does the work.

const today = calendarDate();
const payment = { date: today, amount: "100", method: "TRANSFER" };

async function tenantWithDocuments() {
  const { organization, user, member, client } = await documentOrganization();
  const invoice = await issuedInvoice(organization.id, client.id);
  const { payment: recorded } = await recordPayment(member, invoice.id, payment, testMeta());
  const quote = await sentQuote(organization.id, client.id);
  return { organization, user, member, client, invoice, payment: recorded, quote };
}

async function snapshot(organizationId: string) {
  const [documents, lines, payments, audits] = await Promise.all([
    db.document.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.documentLine.count({ where: { organizationId } }),
    db.payment.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { organizationId } }),
  ]);
  return { documents, lines, payments, audits };
}

describe("cross-tenant", () => {
  it("another organization's ids are not found and nothing changes", async () => {
    const victim = await tenantWithDocuments();
    const attacker = await documentOrganization();
    const before = await snapshot(victim.organization.id);
    const m = attacker.member;

    await expectAppError(recordPayment(m, victim.invoice.id, payment, testMeta()), "invoice_not_found");
    await expectAppError(deletePayment(m, victim.payment.id, testMeta()), "payment_not_found");
    await expectAppError(listInvoicePayments(m, victim.invoice.id), "invoice_not_found");
    await expectAppError(acceptQuote(m, victim.quote.id, testMeta()), "quote_not_found");
    await expectAppError(declineQuote(m, victim.quote.id, testMeta()), "quote_not_found");
    await expectAppError(convertQuoteToInvoice(m, victim.quote.id, testMeta()), "quote_not_found");
    await expectAppError(
      convertQuoteToDeposit(m, victim.quote.id, { kind: "PERCENT", value: "30" }, testMeta()),
      "quote_not_found",
    );
    await expectAppError(
      createCreditNote(m, { invoiceId: victim.invoice.id, mode: "FULL" }, testMeta()),
      "invoice_not_found",
    );

    expect(await snapshot(victim.organization.id)).toEqual(before);
    expect(await db.document.count({ where: { organizationId: attacker.organization.id } })).toBe(0);
  });

  it("a user of another organization cannot act in this one", async () => {
    const victim = await tenantWithDocuments();
    const outsider = await createOrganizationWithMember("OWNER");
    for (const permission of ["payments.write", "documents.write", "documents.read"] as const) {
      await expectAppError(actingAs(outsider.user.id, victim.organization.id, permission), "organization_not_found");
    }
  });
});

describe("roles", () => {
  it("the accountant reads payments but records, deletes, converts and credits nothing", async () => {
    const tenant = await tenantWithDocuments();
    const accountant = await otherMember(tenant.organization.id, "ACCOUNTANT", "documents.read");
    const before = await snapshot(tenant.organization.id);

    await expectAppError(recordPayment(accountant, tenant.invoice.id, payment, testMeta()), "forbidden");
    await expectAppError(deletePayment(accountant, tenant.payment.id, testMeta()), "forbidden");
    await expectAppError(acceptQuote(accountant, tenant.quote.id, testMeta()), "forbidden");
    await expectAppError(declineQuote(accountant, tenant.quote.id, testMeta()), "forbidden");
    await expectAppError(convertQuoteToInvoice(accountant, tenant.quote.id, testMeta()), "forbidden");
    await expectAppError(
      convertQuoteToDeposit(accountant, tenant.quote.id, { kind: "PERCENT", value: "30" }, testMeta()),
      "forbidden",
    );
    await expectAppError(
      createCreditNote(accountant, { invoiceId: tenant.invoice.id, mode: "FULL" }, testMeta()),
      "forbidden",
    );
    expect(await snapshot(tenant.organization.id)).toEqual(before);

    const listed = await listInvoicePayments(accountant, tenant.invoice.id);
    expect(listed.payments).toHaveLength(1);
    // requireMember itself refuses the accountant a write permission.
    const user = await db.membership.findFirstOrThrow({
      where: { organizationId: tenant.organization.id, role: "ACCOUNTANT" },
    });
    await expectAppError(actingAs(user.userId, tenant.organization.id, "payments.write"), "forbidden");
  });

  it("a plain member records payments and runs the quote lifecycle", async () => {
    const tenant = await tenantWithDocuments();
    const member = await otherMember(tenant.organization.id, "MEMBER", "payments.write");
    await recordPayment(member, tenant.invoice.id, payment, testMeta());
    await deletePayment(member, tenant.payment.id, testMeta());
    await acceptQuote(member, tenant.quote.id, testMeta());
    await convertQuoteToInvoice(member, tenant.quote.id, testMeta());
    await createCreditNote(member, { invoiceId: tenant.invoice.id, mode: "AMOUNT", amount: "10" }, testMeta());
  });
});
