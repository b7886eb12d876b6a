import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import {
  endRecurringProfile,
  pauseRecurringProfile,
  resumeRecurringProfile,
} from "@/lib/recurring/change-recurring-profile-status";
import { createRecurringProfile } from "@/lib/recurring/create-recurring-profile";
import { getRecurringProfile } from "@/lib/recurring/get-recurring-profile";
import { countStoppedRecurringProfiles, listRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import { localToday, occurrencesFrom } from "@/lib/recurring/recurrence";
import { runRecurringProfile, runRecurringProfileNow } from "@/lib/recurring/run-recurring-profile";
import { updateRecurringProfile } from "@/lib/recurring/update-recurring-profile";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, lineInput } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { clientEmails, firstOfMonthBefore, makeProfile, profileInput, recurringRows } from "./recurring-fixtures";

// Recurring profiles: saving (field errors write nothing), pausing, resuming, ending, the list
// and the detail, and another organization's member who can do none of it.

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe("VALIDATION");
  return (error as AppError).details.fieldErrors ?? {};
}

describe("createRecurringProfile / updateRecurringProfile", () => {
  it("creates an ACTIVE profile with its first period, the content as typed, audited", async () => {
    const { member, client, organization } = await documentWorkspace();
    const [email] = await clientEmails(client.id);
    const startDate = "2031-01-31";
    const saved = await createRecurringProfile(
      member,
      profileInput(client.id, {
        startDate,
        dayOfMonth: "31",
        autoSend: "on",
        recipients: [email!.toUpperCase()],
        paymentTermsDays: "15",
        lines: [lineInput({ unitPrice: "99,90" })],
        notes: "Merci",
        // An editor's date is not the profile's: each run dates its invoice.
        ...({ issueDate: "2031-01-01" } as object),
      }),
      testMeta(),
    );
    expect(saved).toMatchObject({ status: "ACTIVE", nextDate: "2031-01-31" });

    const detail = await getRecurringProfile(member, saved.id);
    expect(detail).toMatchObject({
      name: "Maintenance mensuelle",
      client: { id: client.id, archived: false },
      frequency: "MONTHLY",
      interval: 1,
      dayOfMonth: 31,
      startDate,
      endKind: "NEVER",
      mode: "ISSUE",
      autoSend: true,
      // Written as the client's record has it.
      recipients: [email],
      paymentTermsDays: 15,
      status: "ACTIVE",
      generatedCount: 0,
      createdBy: { id: member.userId },
      runs: [],
    });
    expect(detail.nextDates).toEqual(["2031-01-31", "2031-02-28", "2031-03-31", "2031-04-30", "2031-05-31"]);
    // The editor's content as typed, without the dates (each run dates its invoice).
    expect(detail.template).toEqual({ notes: "Merci", lines: [expect.objectContaining({ unitPrice: "99,90" })] });
    const audit = await db.auditLog.findFirst({
      where: { organizationId: organization.id, action: "recurring.created" },
    });
    expect(audit).toMatchObject({ actorId: member.userId, targetId: saved.id });
  });

  it("refuses an end before the start, N = 0, day 32 and recipients not the client's: field errors, nothing written", async () => {
    const { member, client, organization } = await documentWorkspace();
    const before = await recurringRows(organization.id);
    const start = "2031-03-01";

    const endBeforeStart = await fieldErrorsOf(
      createRecurringProfile(
        member,
        profileInput(client.id, { startDate: start, endKind: "ON_DATE", endDate: "2031-02-28" }),
        testMeta(),
      ),
    );
    expect(endBeforeStart).toEqual({ endDate: ["end_before_start"] });

    const zero = await fieldErrorsOf(
      createRecurringProfile(
        member,
        profileInput(client.id, { endKind: "AFTER_COUNT", endAfterCount: "0" }),
        testMeta(),
      ),
    );
    expect(zero).toEqual({ endAfterCount: ["end_count_range"] });

    const day32 = await fieldErrorsOf(
      createRecurringProfile(member, profileInput(client.id, { dayOfMonth: "32" }), testMeta()),
    );
    expect(day32).toEqual({ dayOfMonth: ["day_of_month_range"] });

    const stranger = await fieldErrorsOf(
      createRecurringProfile(
        member,
        profileInput(client.id, { autoSend: true, recipients: ["someone-else@example.test"] }),
        testMeta(),
      ),
    );
    expect(stranger).toEqual({ recipients: ["recipient_not_client"], "recipients.0": ["recipient_not_client"] });

    // Content errors are the editor's, and an end before the first occurrence says so.
    const content = await fieldErrorsOf(
      createRecurringProfile(member, profileInput(client.id, { lines: [lineInput({ quantity: "0" })] }), testMeta()),
    );
    expect(Object.keys(content)).toEqual(["lines.0.quantity"]);
    const never = await fieldErrorsOf(
      createRecurringProfile(
        member,
        profileInput(client.id, { startDate: "2031-03-02", endKind: "ON_DATE", endDate: "2031-03-20" }),
        testMeta(),
      ),
    );
    expect(never).toEqual({ endDate: ["no_occurrence"] });

    expect(await recurringRows(organization.id)).toEqual(before);
  });

  it("updates with the version it loaded; a stale version is a conflict and writes nothing", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: "2031-01-01" });
    const updated = await updateRecurringProfile(
      member,
      saved.id,
      {
        ...profileInput(client.id, { startDate: "2031-01-01" }),
        name: "Abonnement trimestriel",
        frequency: "QUARTERLY",
        dayOfMonth: "15",
        expectedUpdatedAt: saved.updatedAt,
      },
      testMeta(),
    );
    expect(updated).toMatchObject({ status: "ACTIVE", nextDate: "2031-01-15" });
    const detail = await getRecurringProfile(member, saved.id);
    expect(detail).toMatchObject({ name: "Abonnement trimestriel", frequency: "QUARTERLY", dayOfMonth: 15 });
    expect(detail.nextDates.slice(0, 3)).toEqual(["2031-01-15", "2031-04-15", "2031-07-15"]);

    const conflict = await expectAppError(
      updateRecurringProfile(
        member,
        saved.id,
        { ...profileInput(client.id), name: "Trop tard", expectedUpdatedAt: saved.updatedAt },
        testMeta(),
      ),
      "recurring_profile_changed",
    );
    expect(conflict.details.updatedAt).toBe(updated.updatedAt);
    expect((await getRecurringProfile(member, saved.id)).name).toBe("Abonnement trimestriel");
    expect(await db.auditLog.count({ where: { targetId: saved.id, action: "recurring.updated" } })).toBe(1);
  });

  it("an update never generates a period twice: the next one comes after the last generated", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(0) });
    const run = await runRecurringProfile(member.organizationId, saved.id);
    expect(run.generated).toHaveLength(1);
    const current = await getRecurringProfile(member, saved.id);
    await updateRecurringProfile(
      member,
      saved.id,
      { ...profileInput(client.id, { startDate: firstOfMonthBefore(0) }), expectedUpdatedAt: current.updatedAt },
      testMeta(),
    );
    expect((await getRecurringProfile(member, saved.id)).nextDate).toBe(firstOfMonthBefore(-1));
    expect((await runRecurringProfile(member.organizationId, saved.id)).generated).toEqual([]);
  });
});

describe("pause, resume, end", () => {
  it("pauses, resumes on the next period from today (the paused ones skipped) and ends", async () => {
    const { member, client, organization } = await documentWorkspace();
    // Weekly from 10 weeks ago: 11 periods would be due; paused at once, none is made.
    const today = localToday(new Date());
    const start = new Date(`${today}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - 70);
    const startDate = start.toISOString().slice(0, 10);
    const saved = await makeProfile(member, client.id, { frequency: "WEEKLY", startDate });

    const paused = await pauseRecurringProfile(member, saved.id, testMeta());
    expect(paused).toMatchObject({ status: "PAUSED", nextDate: startDate });
    expect((await runRecurringProfile(organization.id, saved.id)).generated).toEqual([]);
    await expectAppError(pauseRecurringProfile(member, saved.id, testMeta()), "recurring_status_invalid");

    const resumed = await resumeRecurringProfile(member, saved.id, testMeta());
    // The first weekly occurrence on or after today: today itself (70 days is 10 weeks).
    expect(resumed).toMatchObject({ status: "ACTIVE", nextDate: today });
    const run = await runRecurringProfile(organization.id, saved.id);
    expect(run.generated.map((period) => period.periodDate)).toEqual([today]);

    const ended = await endRecurringProfile(member, saved.id, testMeta());
    expect(ended).toMatchObject({ status: "ENDED", nextDate: null });
    await expectAppError(resumeRecurringProfile(member, saved.id, testMeta()), "recurring_status_invalid");
    await expectAppError(endRecurringProfile(member, saved.id, testMeta()), "recurring_status_invalid");
    const current = await getRecurringProfile(member, saved.id);
    await expectAppError(
      updateRecurringProfile(
        member,
        saved.id,
        { ...profileInput(client.id), expectedUpdatedAt: current.updatedAt },
        testMeta(),
      ),
      "recurring_status_invalid",
    );
    const actions = await db.auditLog.findMany({
      where: { targetId: saved.id, action: { in: ["recurring.paused", "recurring.resumed", "recurring.ended"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["recurring.paused", "recurring.resumed", "recurring.ended"]);
  });

  it("resuming ends a profile whose last period has passed", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, {
      startDate: "2020-01-01",
      endKind: "ON_DATE",
      endDate: "2020-03-01",
    });
    await pauseRecurringProfile(member, saved.id, testMeta());
    expect(await resumeRecurringProfile(member, saved.id, testMeta())).toMatchObject({
      status: "ENDED",
      nextDate: null,
    });
  });
});

describe("listRecurringProfiles / getRecurringProfile / countStoppedRecurringProfiles", () => {
  it("pages, searches by name or client and filters by status", async () => {
    const { member, client, organization } = await documentWorkspace();
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const other = await addClient(writer, companyInput({ legalName: `Société Éléphant ${uniqueSuffix()}` }));
    const first = await makeProfile(member, client.id, { name: "Hébergement", startDate: "2031-01-01" });
    const second = await makeProfile(member, other.id, { name: "Support", startDate: "2031-02-01" });
    await makeProfile(member, client.id, { name: "Licences", startDate: "2031-03-01" });
    await pauseRecurringProfile(member, second.id, testMeta());

    const all = await listRecurringProfiles(member, { pageSize: "5" });
    expect(all.total).toBe(3);
    expect(all.items.map((item) => item.name)).toEqual(["Hébergement", "Licences", "Support"]);
    expect(all.items[0]).toMatchObject({
      id: first.id,
      client: { id: client.id },
      frequency: "MONTHLY",
      status: "ACTIVE",
      nextDate: "2031-01-01",
      generatedCount: 0,
      lastTotalInclVatCents: null,
    });
    expect((await listRecurringProfiles(member, { q: "heberg" })).items.map((item) => item.id)).toEqual([first.id]);
    // The client's name, accents and case ignored.
    expect((await listRecurringProfiles(member, { q: "ELEPHANT" })).items.map((item) => item.id)).toEqual([second.id]);
    expect((await listRecurringProfiles(member, { status: "PAUSED" })).items.map((item) => item.id)).toEqual([
      second.id,
    ]);
    const byNext = await listRecurringProfiles(member, { sort: "nextDate", dir: "desc" });
    expect(byNext.items.map((item) => item.name)).toEqual(["Licences", "Support", "Hébergement"]);
    const paged = await listRecurringProfiles(member, { pageSize: "5", page: "9" });
    expect(paged.page).toBe(1);

    expect(await countStoppedRecurringProfiles(organization.id)).toBe(0);
  });

  it("an accountant reads but cannot change or run", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id);
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "documents.read");
    expect((await getRecurringProfile(accountant, saved.id)).id).toBe(saved.id);
    expect((await listRecurringProfiles(accountant, {})).total).toBe(1);
    await expectAppError(createRecurringProfile(accountant, profileInput(client.id), testMeta()), "forbidden");
    await expectAppError(pauseRecurringProfile(accountant, saved.id, testMeta()), "forbidden");
    await expectAppError(runRecurringProfileNow(accountant, saved.id, testMeta()), "forbidden");
  });
});

describe("another organization", () => {
  it("cannot read, change or run a profile: not found, nothing changes", async () => {
    const { member, client, organization } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, { startDate: firstOfMonthBefore(1) });
    const outsider = (await documentWorkspace()).member;
    const before = await recurringRows(organization.id);

    await expectAppError(getRecurringProfile(outsider, saved.id), "recurring_profile_not_found");
    await expectAppError(
      updateRecurringProfile(
        outsider,
        saved.id,
        { ...profileInput(client.id), expectedUpdatedAt: saved.updatedAt },
        testMeta(),
      ),
      "recurring_profile_not_found",
    );
    await expectAppError(pauseRecurringProfile(outsider, saved.id, testMeta()), "recurring_profile_not_found");
    await expectAppError(resumeRecurringProfile(outsider, saved.id, testMeta()), "recurring_profile_not_found");
    await expectAppError(endRecurringProfile(outsider, saved.id, testMeta()), "recurring_profile_not_found");
    await expectAppError(runRecurringProfileNow(outsider, saved.id, testMeta()), "recurring_profile_not_found");
    expect(await runRecurringProfile(outsider.organizationId, saved.id)).toEqual({
      generated: [],
      status: "not_found",
      stopReason: null,
      sendFailures: [],
    });
    expect((await listRecurringProfiles(outsider, {})).total).toBe(0);
    expect(await countStoppedRecurringProfiles(outsider.organizationId)).toBe(0);
    // Nor can its own profile name this organization's client.
    const foreignClient = await fieldErrorsOf(createRecurringProfile(outsider, profileInput(client.id), testMeta()));
    expect(foreignClient).toEqual({ clientId: ["client_not_found"] });
    // A malformed id is "not found" too.
    await expectAppError(getRecurringProfile(member, "x".repeat(65)), "recurring_profile_not_found");

    expect(await recurringRows(organization.id)).toEqual(before);
  });
});

describe("the preview", () => {
  it("lists the next 5 periods from the next one", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await makeProfile(member, client.id, {
      startDate: "2031-01-15",
      dayOfMonth: "15",
      frequency: "WEEKLY",
    });
    const detail = await getRecurringProfile(member, saved.id);
    expect(detail.dayOfMonth).toBeNull();
    expect(detail.nextDates).toEqual(
      occurrencesFrom({ ...detail, frequency: "WEEKLY", dayOfMonth: null }, "2031-01-15", 5),
    );
    expect(detail.nextDates).toEqual(["2031-01-15", "2031-01-22", "2031-01-29", "2031-02-05", "2031-02-12"]);
  });
});
