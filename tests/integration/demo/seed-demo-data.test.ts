import { db } from "@/lib/db/prisma";
import { DEMO_CLIENT_COUNT } from "@/lib/demo/seed-demo-content";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { displayStatus } from "@/lib/documents/document-status";
import { DEMO_ORGANIZATION_SLUG, DEMO_USER_EMAIL, seedDemoData } from "@/lib/demo/seed-demo-data";

describe("seedDemoData", () => {
  it("creates the demo organization with its owner once, and is idempotent", async () => {
    const first = await seedDemoData(db);
    const second = await seedDemoData(db);
    expect(second.organizationId).toBe(first.organizationId);
    expect(second.userId).toBe(first.userId);
    expect(second.created).toBe(false);

    const organizations = await db.organization.findMany({ where: { slug: DEMO_ORGANIZATION_SLUG } });
    expect(organizations).toHaveLength(1);
    const memberships = await db.membership.findMany({ where: { organizationId: first.organizationId } });
    expect(memberships).toEqual([expect.objectContaining({ userId: first.userId, role: "OWNER" })]);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USER_EMAIL } });
    expect(user.emailVerifiedAt).not.toBeNull();
  });

  it("gives the demo organization a complete identity, clients in groups and a catalogue, once", async () => {
    const { organizationId } = await seedDemoData(db);
    await seedDemoData(db);
    const settings = await db.organizationSettings.findUniqueOrThrow({ where: { organizationId } });
    expect(settings).toMatchObject({ legalName: "Atelier Démo SARL", siren: "732829320", vatNumber: "FR44732829320" });
    expect(settings.addressLine1).toBeTruthy();
    expect(await db.client.count({ where: { organizationId } })).toBe(DEMO_CLIENT_COUNT);
    expect(await db.clientGroupMember.count({ where: { organizationId } })).toBeGreaterThan(0);
    const articles = await db.article.findMany({ where: { organizationId }, select: { name: true, searchText: true } });
    expect(articles).toHaveLength(6);
    expect(articles.every((article) => article.searchText.length > 0)).toBe(true);
  });

  it("shows documents in every state, made by the app's own functions (numbered, in date order)", async () => {
    const { organizationId } = await seedDemoData(db);
    const documents = await db.document.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
    const day = (date: Date | null) => (date ? calendarFromDate(date) : null);
    const statuses = documents.map((document) =>
      displayStatus(
        { ...document, validUntil: day(document.validUntil), dueDate: day(document.dueDate) },
        calendarDate(),
      ),
    );
    expect(statuses.sort()).toEqual(
      ["OVERDUE", "PARTIALLY_PAID", "PAID", "CANCELLED", "ISSUED", "ACCEPTED", "SENT", "DRAFT"].sort(),
    );
    const invoices = documents.filter((document) => document.type === "INVOICE");
    expect(invoices.map((invoice) => invoice.number)).toEqual(
      invoices.map((_, index) => expect.stringMatching(new RegExp(`^F-\\d{4}-0000${index + 1}$`))),
    );
    expect(await db.payment.count({ where: { organizationId } })).toBe(2);
  });
});
