import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { getReminderSettings } from "@/lib/reminders/get-reminder-settings";
import { localClock } from "@/lib/reminders/local-clock";
import { runRemindersTick } from "@/lib/reminders/run-reminders-tick";
import { formatMoney } from "@/lib/money/format-money";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeIssuedInvoice } from "../../support/document-factories";
import { uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs } from "../../support/member-factories";

// The daily schedule of the reminders: the hourly reminders.tick claims each organization's
// local day from its send hour (a ReminderRun and its reminders.run job, once), and the run
// sends that organization's due reminders with its own steps and texts, never twice.
// The tick looks at every organization with reminders on: each test switches them all off
// afterwards and starts from an empty run queue, and looks only at its own organizations.

const RUN = QUEUES.remindersRun.name;

beforeEach(async () => {
  await (await getJobQueue()).purgeQueue(RUN);
});

afterEach(async () => {
  await db.reminderSettings.updateMany({ data: { enabled: false } });
  await (await getJobQueue()).purgeQueue(RUN);
});

async function organizationWith(settings: {
  sendHour?: number;
  timeZone?: string;
  steps?: number[];
  enabled?: boolean;
}) {
  const space = await documentWorkspace("OWNER");
  await db.reminderSettings.create({
    data: {
      organizationId: space.organization.id,
      enabled: settings.enabled ?? true,
      steps: settings.steps ?? [7, 15, 30],
      sendHour: settings.sendHour ?? 9,
      timeZone: settings.timeZone ?? "Europe/Paris",
    },
  });
  return space;
}

/** The reminders.run jobs waiting for an organization. */
async function queuedRuns(organizationId: string) {
  const rows = await db.$queryRawUnsafe<{ data: { organizationId: string; runDate: string } }[]>(
    `SELECT data FROM pgboss.job WHERE name = $1 AND state = 'created' AND data->>'organizationId' = $2 ORDER BY created_on`,
    RUN,
    organizationId,
  );
  return rows.map((row) => row.data);
}

async function claims(organizationId: string) {
  const runs = await db.reminderRun.findMany({ where: { organizationId }, orderBy: { runDate: "asc" } });
  return runs.map((run) => calendarFromDate(run.runDate));
}

/** The instant whose local reading in `timeZone` is `day` at `hour`:00. */
function localInstant(day: string, hour: number, timeZone: string): Date {
  let instant = Date.parse(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
  for (let step = 0; step < 3; step += 1) {
    const clock = localClock(new Date(instant), timeZone);
    const hoursOff =
      (Date.parse(`${clock.day}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 3_600_000 + clock.hour - hour;
    if (hoursOff === 0) break;
    instant -= hoursOff * 3_600_000;
  }
  return new Date(instant);
}

describe("reminders.tick", () => {
  it.each([
    // Paris moves to summer time on 28 March 2027: 09:00 is 08:00 UTC the day before, 07:00 UTC that day.
    { timeZone: "Europe/Paris", before: "2027-03-27", change: "2027-03-28", winter: 8, summer: 7 },
    // New York moves on 14 March 2027: 09:00 is 14:00 UTC the day before, 13:00 UTC that day.
    { timeZone: "America/New_York", before: "2027-03-13", change: "2027-03-14", winter: 14, summer: 13 },
  ])(
    "in $timeZone claims the day at 09:00 local, not at 08:59, once, across the daylight saving change",
    async ({ timeZone, before, change, winter, summer }) => {
      const { organization } = await organizationWith({ timeZone, sendHour: 9 });
      const utc = (day: string, hour: number, minute = 0) =>
        new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)), hour, minute));

      await runRemindersTick(utc(before, winter - 1, 59));
      expect(await claims(organization.id)).toEqual([]);
      const claimed = await runRemindersTick(utc(before, winter));
      expect(claimed.claimed.filter((run) => run.organizationId === organization.id)).toEqual([
        { organizationId: organization.id, runDate: before },
      ]);
      expect(await queuedRuns(organization.id)).toEqual([{ organizationId: organization.id, runDate: before }]);
      // Later that day (and late in the evening, already the next day in UTC for New York): nothing.
      await runRemindersTick(utc(before, winter + 5));
      await runRemindersTick(new Date(localInstant(before, 23, timeZone).getTime() + 30 * 60_000));
      expect(await claims(organization.id)).toEqual([before]);
      expect(await queuedRuns(organization.id)).toHaveLength(1);

      // The day the clocks change: 08:59 local is an hour earlier in UTC, and still too early.
      await runRemindersTick(utc(change, summer - 1, 59));
      expect(await claims(organization.id)).toEqual([before]);
      await runRemindersTick(utc(change, summer));
      await runRemindersTick(utc(change, summer, 30));
      expect(await claims(organization.id)).toEqual([before, change]);
      expect(await queuedRuns(organization.id)).toEqual([
        { organizationId: organization.id, runDate: before },
        { organizationId: organization.id, runDate: change },
      ]);
    },
  );

  it("claims a day once when two ticks run at the same time", async () => {
    const { organization } = await organizationWith({ timeZone: "UTC", sendHour: 6 });
    const now = new Date("2027-05-03T06:05:00Z");
    const [first, second] = await Promise.all([runRemindersTick(now), runRemindersTick(now)]);
    const mine = [...first.claimed, ...second.claimed].filter((run) => run.organizationId === organization.id);
    expect(mine).toEqual([{ organizationId: organization.id, runDate: "2027-05-03" }]);
    expect(await db.reminderRun.count({ where: { organizationId: organization.id } })).toBe(1);
    expect(await queuedRuns(organization.id)).toHaveLength(1);
  });

  it("leaves out organizations with reminders off, without settings, or disabled", async () => {
    const off = await organizationWith({ enabled: false, sendHour: 0, timeZone: "UTC" });
    const disabled = await organizationWith({ sendHour: 0, timeZone: "UTC" });
    await db.organization.update({ where: { id: disabled.organization.id }, data: { disabledAt: new Date() } });
    const none = await documentWorkspace("OWNER");
    await runRemindersTick(new Date("2027-06-01T12:00:00Z"));
    for (const space of [off, disabled, none]) {
      expect(await claims(space.organization.id)).toEqual([]);
      expect(await queuedRuns(space.organization.id)).toEqual([]);
    }
  });
});

describe("reminders.run", () => {
  const today = calendarDate();
  const dueDate = addDays(today, 30);

  async function overdueSetup(settings: Parameters<typeof organizationWith>[0]) {
    const space = await organizationWith(settings);
    const writer = await actingAs(space.user.id, space.organization.id, "clients.write");
    const client = await addClient(writer, companyInput());
    const email = `billing-${uniqueSuffix()}@example.test`;
    await db.client.update({ where: { id: client.id }, data: { emails: [email] } });
    const invoice = await makeIssuedInvoice(space.member, client.id, {}, { dueDate });
    return { ...space, invoice, email };
  }

  const remindersOf = (documentId: string) =>
    db.documentSend.findMany({ where: { documentId, kind: "REMINDER" }, orderBy: { createdAt: "asc" } });

  it("sends the organization's due reminders with its steps and text, once, and records the run", async () => {
    // Steps 5 and 20: 8 days late is step 5 (the default steps would say 7).
    const space = await overdueSetup({ steps: [5, 20], sendHour: 9, timeZone: "Europe/Paris" });
    await db.reminderSettings.update({
      where: { organizationId: space.organization.id },
      data: { texts: { fr: { subject: "Rappel {number} : reste {balance}", message: "" } } },
    });
    const day = addDays(dueDate, 8);
    await runRemindersTick(localInstant(day, 9, "Europe/Paris"));
    await drainJobs();

    const sends = await remindersOf(space.invoice.id);
    expect(sends.map((send) => [send.reminderStep, send.recipients])).toEqual([[5, [space.email]]]);
    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: sends[0]!.emailMessageId! } });
    expect(email).toMatchObject({
      to: [space.email],
      template: "payment-reminder",
      subject: `Rappel ${space.invoice.number} : reste ${formatMoney(120_00, "fr")}`,
    });
    // The French message was left blank: the built-in one.
    expect(email.text).toContain(`il reste ${formatMoney(120_00, "fr")} à payer`);
    const run = await db.reminderRun.findUniqueOrThrow({
      where: { organizationId_runDate: { organizationId: space.organization.id, runDate: dateFromCalendar(day) } },
    });
    expect(run).toMatchObject({ sentCount: 1, finishedAt: expect.any(Date) });

    // The same job again (a worker that died before pg-boss heard): nothing more.
    await enqueueJob(RUN, { organizationId: space.organization.id, runDate: day });
    // Even a run not marked finished sends nothing twice: the (invoice, step) claim.
    await db.reminderRun.updateMany({ where: { organizationId: space.organization.id }, data: { finishedAt: null } });
    await enqueueJob(RUN, { organizationId: space.organization.id, runDate: day });
    await drainJobs();
    expect(await remindersOf(space.invoice.id)).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { to: { has: space.email } } })).toBe(1);
    expect(
      await db.reminderRun.findUniqueOrThrow({
        where: { organizationId_runDate: { organizationId: space.organization.id, runDate: dateFromCalendar(day) } },
      }),
    ).toMatchObject({ sentCount: 1, finishedAt: expect.any(Date) });
    // The settings page tells when the schedule last ran.
    const reader = await actingAs(space.user.id, space.organization.id, "organization.read");
    expect((await getReminderSettings(reader)).lastRun).toEqual({ day, sentCount: 1, finished: true });

    // The next step's day: step 20 goes, through the next day's claim.
    const later = addDays(dueDate, 21);
    await runRemindersTick(localInstant(later, 10, "Europe/Paris"));
    await drainJobs();
    expect((await remindersOf(space.invoice.id)).map((send) => send.reminderStep)).toEqual([5, 20]);
  });

  it("sends nothing when reminders were turned off after the day was claimed, and finishes the run", async () => {
    const space = await overdueSetup({ sendHour: 9, timeZone: "UTC" });
    const day = addDays(dueDate, 8);
    await runRemindersTick(new Date(`${day}T09:00:00Z`));
    expect(await claims(space.organization.id)).toEqual([day]);
    await db.reminderSettings.update({ where: { organizationId: space.organization.id }, data: { enabled: false } });
    await drainJobs();
    expect(await remindersOf(space.invoice.id)).toEqual([]);
    expect(await db.reminderRun.findFirstOrThrow({ where: { organizationId: space.organization.id } })).toMatchObject({
      sentCount: 0,
      finishedAt: expect.any(Date),
    });
  });

  it("runs from the queue's own tick on the real clock", async () => {
    // Hour 0 in UTC: today's day has always come.
    const space = await organizationWith({ sendHour: 0, timeZone: "UTC" });
    await enqueueJob(QUEUES.remindersTick.name, {});
    const report = await drainJobs();
    expect(report.failed).toBe(0);
    const [run] = await db.reminderRun.findMany({ where: { organizationId: space.organization.id } });
    expect(run).toMatchObject({ finishedAt: expect.any(Date), sentCount: 0 });
    expect([localClock(new Date(), "UTC").day, localClock(new Date(Date.now() - 60_000), "UTC").day]).toContain(
      calendarFromDate(run!.runDate),
    );
  });
});
