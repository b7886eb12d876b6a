import { deleteArticle } from "@/lib/articles/delete-article";
import { archiveClient } from "@/lib/clients/archive-client";
import { db } from "@/lib/db/prisma";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { resumeRecurringProfile } from "@/lib/recurring/change-recurring-profile-status";
import { getRecurringProfile } from "@/lib/recurring/get-recurring-profile";
import { countStoppedRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import { localToday } from "@/lib/recurring/recurrence";
import {
  findDueRecurringProfiles,
  runRecurringProfile,
  runRecurringProfileNow,
} from "@/lib/recurring/run-recurring-profile";
import { makeArticle } from "../../support/article-factories";
import { documentWorkspace, lineInput } from "../../support/document-factories";
import { testMeta } from "../../support/factories";
import { actingAs, expectAppError } from "../../support/member-factories";
import { clientEmails, firstOfMonthBefore, makeProfile } from "./recurring-fixtures";

// The generator: one invoice per period, in order, the claim and the invoice committed
// together, caught up after downtime, concurrent runs making one invoice, and the profiles
// that stop (with their reason, audited, the owners emailed) instead of failing every run.

const today = () => localToday(new Date());

async function runsOf(profileId: string) {
  return db.recurringRun.findMany({
    where: { profileId },
    orderBy: { periodDate: "asc" },
    select: {
      periodDate: true,
      documentId: true,
      document: { select: { status: true, number: true, sequence: true, issueDate: true, serviceDate: true } },
    },
  });
}

describe("runRecurringProfile", () => {
  it("catches up a profile 3 months behind: 3 invoices, one per period, in order, numbers consecutive", async () => {
    const { member, client, organization } = await documentWorkspace();
    const periods = [firstOfMonthBefore(2), firstOfMonthBefore(1), firstOfMonthBefore(0)];
    const saved = await makeProfile(member, client.id, { startDate: periods[0] });
    expect(await findDueRecurringProfiles()).toContainEqual({ organizationId: organization.id, profileId: saved.id });

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result.generated.map((period) => period.periodDate)).toEqual(periods);
    expect(result).toMatchObject({ status: "ACTIVE", stopReason: null, sendFailures: [] });
    const runs = await runsOf(saved.id);
    expect(runs.map((run) => run.periodDate.toISOString().slice(0, 10))).toEqual(periods);
    // Each period's invoice, issued today (numbers follow dates), stating its period.
    const sequences = runs.map((run) => run.document!.sequence!);
    expect(sequences).toEqual([sequences[0], sequences[0]! + 1, sequences[0]! + 2]);
    expect(result.generated.map((period) => period.number)).toEqual(runs.map((run) => run.document!.number));
    for (const [index, run] of runs.entries()) {
      expect(run.document).toMatchObject({ status: "ISSUED" });
      expect(run.document!.issueDate!.toISOString().slice(0, 10)).toBe(today());
      expect(run.document!.serviceDate!.toISOString().slice(0, 10)).toBe(periods[index]);
    }
    const profile = await getRecurringProfile(member, saved.id);
    expect(profile).toMatchObject({ status: "ACTIVE", generatedCount: 3, nextDate: firstOfMonthBefore(-1) });
    expect(profile.runs.map((run) => run.document?.status)).toEqual(["ISSUED", "ISSUED", "ISSUED"]);
    expect(await findDueRecurringProfiles()).not.toContainEqual(expect.objectContaining({ profileId: saved.id }));
    expect(await db.auditLog.count({ where: { targetId: saved.id, action: "recurring.generated" } })).toBe(3);

    // Nothing more is due: a second run makes nothing.
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
  });

  it("makes one invoice per period when runs overlap: two at once, then a third", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(1) });

    const [first, second] = await Promise.all([
      runRecurringProfile(organization.id, saved.id),
      runRecurringProfile(organization.id, saved.id),
    ]);
    const again = await runRecurringProfile(organization.id, saved.id);

    const made = [...first.generated, ...second.generated, ...again.generated].map((period) => period.periodDate);
    expect(made.sort()).toEqual([firstOfMonthBefore(1), firstOfMonthBefore(0)]);
    expect(await runsOf(saved.id)).toHaveLength(2);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(2);
    expect((await getRecurringProfile(member, saved.id)).generatedCount).toBe(2);
  });

  it("stops quietly when the period is already claimed (another worker made it)", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(0) });
    await db.recurringRun.create({
      data: {
        organizationId: organization.id,
        profileId: saved.id,
        periodDate: new Date(`${firstOfMonthBefore(0)}T00:00:00Z`),
      },
    });

    expect(await runRecurringProfile(organization.id, saved.id)).toEqual({
      generated: [],
      status: "ACTIVE",
      stopReason: null,
      sendFailures: [],
    });
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("mode DRAFT makes drafts, not numbered; deleting one keeps its period claimed", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(1), mode: "DRAFT" });

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result.generated).toEqual([
      expect.objectContaining({ periodDate: firstOfMonthBefore(1), number: null }),
      expect.objectContaining({ periodDate: firstOfMonthBefore(0), number: null }),
    ]);
    const runs = await runsOf(saved.id);
    expect(runs.map((run) => run.document)).toEqual([
      expect.objectContaining({ status: "DRAFT", number: null, sequence: null, issueDate: null }),
      expect.objectContaining({ status: "DRAFT", number: null, sequence: null, issueDate: null }),
    ]);
    expect(await db.numberSequence.count({ where: { organizationId: organization.id } })).toBe(0);

    // The member deletes the first draft: the run stays (its period is not made again).
    await deleteDraft(member, runs[0]!.documentId!, testMeta());
    const after = await runsOf(saved.id);
    expect(after.map((run) => run.documentId)).toEqual([null, runs[1]!.documentId]);
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(1);
    const detail = await getRecurringProfile(member, saved.id);
    expect(detail.runs.map((run) => run.document?.status ?? null)).toEqual(["DRAFT", null]);
    // The remaining draft is the member's to issue, numbered then.
    const issued = await issueDocument(member, runs[1]!.documentId!, {}, testMeta());
    expect(issued.number).toMatch(/^F-\d{4}-0*1$/);
  });

  it("ends after N periods in all", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, {
      startDate: firstOfMonthBefore(3),
      endKind: "AFTER_COUNT",
      endAfterCount: "2",
    });

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result.generated.map((period) => period.periodDate)).toEqual([firstOfMonthBefore(3), firstOfMonthBefore(2)]);
    expect(result.status).toBe("ENDED");
    expect(await getRecurringProfile(member, saved.id)).toMatchObject({
      status: "ENDED",
      nextDate: null,
      generatedCount: 2,
      nextDates: [],
    });
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
    expect(await db.auditLog.count({ where: { targetId: saved.id, action: "recurring.ended" } })).toBe(1);
  });

  it("sends each issued invoice to the recipients when autoSend", async () => {
    const { member, client, organization } = await documentWorkspace();
    const [email] = await clientEmails(client.id);
    const saved = await makeProfile(member, client.id, {
      startDate: firstOfMonthBefore(0),
      autoSend: true,
      recipients: [email!],
    });

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result.sendFailures).toEqual([]);
    const [generated] = result.generated;
    const sends = await db.documentSend.findMany({ where: { documentId: generated!.documentId } });
    expect(sends).toEqual([expect.objectContaining({ kind: "SEND", recipients: [email], sentById: member.userId })]);
  });

  it("runs nothing for a paused profile, nor before the period's day", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: "2031-05-01" });
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
    // 00:00 in Paris on 1 May 2031 is 22:00 UTC the day before (summer time).
    expect((await runRecurringProfile(organization.id, saved.id, new Date("2031-04-30T21:59:59Z"))).generated).toEqual(
      [],
    );
    expect(await findDueRecurringProfiles(new Date("2031-04-30T21:59:59Z"), 1000)).not.toContainEqual(
      expect.objectContaining({ profileId: saved.id }),
    );
    expect(await findDueRecurringProfiles(new Date("2031-04-30T22:00:00Z"), 1000)).toContainEqual({
      organizationId: organization.id,
      profileId: saved.id,
    });
  });
});

describe("runRecurringProfileNow", () => {
  it("makes the next period at once when none is due, then waits for the one after", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: "2031-05-01" });

    const result = await runRecurringProfileNow(member, saved.id, testMeta());

    expect(result.generated.map((period) => period.periodDate)).toEqual(["2031-05-01"]);
    const [run] = await runsOf(saved.id);
    expect(run!.document!.issueDate!.toISOString().slice(0, 10)).toBe(today());
    expect((await getRecurringProfile(member, saved.id)).nextDate).toBe("2031-06-01");
    expect((await runRecurringProfile(member.organizationId, saved.id)).generated).toEqual([]);
  });
});

describe("stopping a profile that can no longer run", () => {
  it("stops when the client is archived: reason, audit, an email to the owner, no invoice", async () => {
    const { member, client, organization, user } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(0) });
    const writer = await actingAs(user.id, organization.id, "clients.write");
    await archiveClient(writer, client.id, testMeta());

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result).toMatchObject({ generated: [], status: "STOPPED", stopReason: "client_archived" });
    expect(await getRecurringProfile(member, saved.id)).toMatchObject({
      status: "STOPPED",
      stopReason: "client_archived",
      nextDates: [],
    });
    expect(await runsOf(saved.id)).toEqual([]);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { targetId: saved.id, action: "recurring.stopped" } })).toMatchObject({
      metadata: { reason: "client_archived" },
    });
    const email = await db.emailMessage.findFirst({
      where: { organizationId: organization.id, template: "recurring-stopped" },
    });
    expect(email).toMatchObject({ to: [user.email], subject: "Facture récurrente arrêtée : Maintenance mensuelle" });
    expect(email!.text).toContain("Le client a été archivé.");
    expect(email!.text).toContain(`/recurring/${saved.id}`);
    expect(await countStoppedRecurringProfiles(organization.id)).toBe(1);

    // A stopped profile is not run again (no second email), and cannot resume while archived.
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
    expect(
      await db.emailMessage.count({ where: { organizationId: organization.id, template: "recurring-stopped" } }),
    ).toBe(1);
    await expectAppError(resumeRecurringProfile(member, saved.id, testMeta()), "client_archived");
  });

  it("stops when the creator may no longer issue, or the recipients are no longer the client's", async () => {
    const { member, client, organization, user } = await documentWorkspace();
    const [email] = await clientEmails(client.id);
    const byCreator = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(0) });
    const byRecipients = await makeProfile(member, client.id, {
      startDate: firstOfMonthBefore(0),
      autoSend: true,
      recipients: [email!],
    });
    await db.client.update({ where: { id: client.id }, data: { emails: ["new-address@example.test"] } });
    expect(await runRecurringProfile(organization.id, byRecipients.id)).toMatchObject({
      status: "STOPPED",
      stopReason: "recipients_not_client",
    });
    await db.membership.update({
      where: { organizationId_userId: { organizationId: organization.id, userId: user.id } },
      data: { role: "ACCOUNTANT" },
    });
    expect(await runRecurringProfile(organization.id, byCreator.id)).toMatchObject({
      status: "STOPPED",
      stopReason: "creator_not_allowed",
    });
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("stops when the template is no longer valid, the claim and the draft rolled back", async () => {
    const { member, client, organization, user } = await documentWorkspace();
    const writer = await actingAs(user.id, organization.id, "articles.write");
    const article = await makeArticle(writer);
    const saved = await makeProfile(member, client.id, {
      startDate: firstOfMonthBefore(0),
      lines: [lineInput({ articleId: article.id })],
    });
    // Nothing names the article (a profile is not a document): it can be deleted.
    await deleteArticle(writer, { articleId: article.id }, testMeta());

    const result = await runRecurringProfile(organization.id, saved.id);

    expect(result).toMatchObject({ generated: [], status: "STOPPED", stopReason: "template_invalid" });
    expect(await runsOf(saved.id)).toEqual([]);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("stops when the invoice cannot be issued (legal identity incomplete), nothing numbered", async () => {
    const { member, client, organization } = await documentWorkspace("OWNER", { identity: false });
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(0) });

    expect(await runRecurringProfile(organization.id, saved.id)).toMatchObject({
      generated: [],
      status: "STOPPED",
      stopReason: "issue_refused",
    });
    expect(await runsOf(saved.id)).toEqual([]);
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await db.numberSequence.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
