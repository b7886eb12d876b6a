import { listToDo } from "@/lib/dashboard/list-to-do";
import { onboardingChecklist } from "@/lib/dashboard/onboarding-checklist";
import { db } from "@/lib/db/prisma";
import { addDays } from "@/lib/documents/calendar-date";
import { issueDocument } from "@/lib/documents/issue-document";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { removeLogo } from "@/lib/organization-settings/remove-logo";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { makeArticle } from "../../support/article-factories";
import { addClient } from "../../support/client-factories";
import { completeSellerIdentity, makeDraft } from "../../support/document-factories";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs } from "../../support/member-factories";
import { issuedInvoice } from "../../support/issued-document-factories";
import { pngOf } from "../organization-settings/settings-fixtures";
import { ago, businessHistory, today } from "./dashboard-fixtures";

// The to-do panel (overdue invoices, quotes about to expire, forgotten drafts) and the new
// organization's checklist, each ticked by doing the step through the app's functions.

describe("listToDo", () => {
  it("lists overdue invoices oldest first with days late, quotes expiring within 7 days, drafts older than 7 days", async () => {
    const { member, ids } = await businessHistory();
    const toDo = await listToDo(member, today);
    expect(toDo.overdue.count).toBe(2);
    expect(toDo.overdue.items.map((item) => [item.id, item.days, item.amountCents])).toEqual([
      [ids.partlyPaid.id, 15, 50_000],
      [ids.overdue.id, 1, 30_000],
    ]);
    expect(toDo.expiringQuotes.items.map((item) => [item.id, item.days, item.date])).toEqual([
      [ids.expiring, 3, addDays(today, 3)],
    ]);
    expect(toDo.staleDrafts.count).toBe(1);
    expect(toDo.staleDrafts.items[0]).toMatchObject({ id: ids.staleDraft.id, days: 10, number: null });
  }, 120_000);

  it("shows ten of each with the full count, and nothing of another organization", async () => {
    const { member, organization, client } = await businessHistory();
    for (let index = 0; index < 11; index += 1) {
      await issuedInvoice(organization.id, client.id, { issueDate: ago(40), dueDate: ago(30 - index) });
    }
    const toDo = await listToDo(member, today);
    expect(toDo.overdue.count).toBe(13);
    expect(toDo.overdue.items).toHaveLength(10);
    expect(toDo.overdue.items[0]!.days).toBe(30);
    const other = await businessHistory();
    const theirs = await listToDo(other.member, today);
    expect(theirs.overdue.count).toBe(2);
    const mine = new Set(toDo.overdue.items.map((item) => item.id));
    expect(theirs.overdue.items.some((item) => mine.has(item.id))).toBe(false);
  }, 120_000);
});

describe("onboardingChecklist", () => {
  it("ticks each step from the organization's real data, and unticks the logo when it goes", async () => {
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const owner = await actingAs(user.id, organization.id, "organization.update");
    const steps = async () =>
      Object.fromEntries((await onboardingChecklist(owner)).steps.map(({ step, done }) => [step, done]));

    const fresh = await onboardingChecklist(owner);
    expect(fresh.allDone).toBe(false);
    expect(fresh.hasIssuedDocument).toBe(false);
    expect(fresh.steps.map(({ step, href }) => [step, href])).toEqual([
      ["legalIdentity", "/settings/organization"],
      ["logo", "/settings/organization#organization-logo"],
      ["firstClient", "/clients/new"],
      ["firstArticle", "/articles/new"],
      ["firstQuote", "/quotes/new"],
      ["firstInvoice", "/invoices/new"],
    ]);
    expect(Object.values(await steps()).some(Boolean)).toBe(false);

    await completeSellerIdentity(organization.id, { siren: "" });
    expect((await steps()).legalIdentity).toBe(false); // a French seller without SIREN
    await completeSellerIdentity(organization.id);
    await uploadLogo(owner, { data: await pngOf(120, 60) }, testMeta());
    const client = await addClient(await actingAs(user.id, organization.id, "clients.write"));
    await makeArticle(await actingAs(user.id, organization.id, "articles.write"));
    expect(await steps()).toEqual({
      legalIdentity: true,
      logo: true,
      firstClient: true,
      firstArticle: true,
      firstQuote: false,
      firstInvoice: false,
    });

    const issuer = await actingAs(user.id, organization.id, "documents.issue");
    const draftQuote = await makeDraft(issuer, client.id, {}, "QUOTE");
    const draftInvoice = await makeDraft(issuer, client.id);
    expect((await steps()).firstQuote).toBe(false); // a draft is not sent
    await sendQuote(issuer, draftQuote.id, {}, testMeta());
    expect((await onboardingChecklist(owner)).hasIssuedDocument).toBe(true);
    await issueDocument(issuer, draftInvoice.id, {}, testMeta());
    const done = await onboardingChecklist(owner);
    expect(done.allDone).toBe(true);

    await removeLogo(owner, testMeta());
    expect((await onboardingChecklist(owner)).steps.find(({ step }) => step === "logo")?.done).toBe(false);
  }, 60_000);

  it("never looks at another organization's data", async () => {
    const { member } = await businessHistory(); // identity, client, quotes and invoices of its own
    const { organization, user } = await createOrganizationWithMember("OWNER");
    const newcomer = await actingAs(user.id, organization.id, "documents.read");
    const checklist = await onboardingChecklist(newcomer);
    expect(checklist.steps.every(({ done }) => !done)).toBe(true);
    expect(checklist.hasIssuedDocument).toBe(false);
    expect((await onboardingChecklist(member)).hasIssuedDocument).toBe(true);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  }, 60_000);
});
