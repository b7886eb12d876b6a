import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { issueDocument } from "@/lib/documents/issue-document";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { formatMoney } from "@/lib/money/format-money";
import { formatLongDay } from "@/lib/sending/sending-texts";
import { recordPayment } from "@/lib/payments/record-payment";
import { reachedStep } from "@/lib/reminders/find-due-reminders";
import { BLANK_REMINDER_TEXTS, type ReminderTexts } from "@/lib/reminders/reminder-texts";
import { sendDueReminders, type ReminderRunReport } from "@/lib/reminders/send-due-reminders";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs } from "../../support/member-factories";
import { usingPostgres } from "@/tests/support/test-database";

// Automatic payment reminders of one organization for one of its days (the daily reminders.run
// job and npm run reminders both send through sendDueReminders). Each test has its own
// organization; its report lists only that organization's invoices.

const STEPS = [7, 15, 30];
const today = calendarDate();
/** Invoices issued today fall due in 30 days (the factory's default terms give this due date). */
const dueDate = addDays(today, 30);
/** The day `days` after the due date. */
const afterDue = (days: number) => addDays(dueDate, days);

/** The organization's run on `day` with the usual steps (and built-in texts unless given). */
const remind = (organizationId: string, day: string, texts: ReminderTexts = BLANK_REMINDER_TEXTS) =>
  sendDueReminders({ organizationId, today: day, steps: STEPS, texts, userAgent: "test" });

async function workspace(emails: string[] = [`billing-${uniqueSuffix()}@example.test`]) {
  const space = await documentWorkspace("OWNER");
  const writer = await actingAs(space.user.id, space.organization.id, "clients.write");
  const client = await addClient(writer, companyInput());
  // Written directly: the client form may require an address, the database does not.
  await db.client.update({ where: { id: client.id }, data: { emails } });
  const payer = await actingAs(space.user.id, space.organization.id, "payments.write");
  return { ...space, client, emails, payer };
}

async function overdueInvoice(space: Awaited<ReturnType<typeof workspace>>) {
  return makeIssuedInvoice(space.member, space.client.id, {}, { dueDate });
}

const of = (report: ReminderRunReport, documentId: string) => ({
  sent: report.sent.filter((entry) => entry.documentId === documentId).map((entry) => entry.step),
  skipped: report.skipped.filter((entry) => entry.documentId === documentId).map((entry) => entry.reason),
  failed: report.failed.filter((entry) => entry.documentId === documentId),
});

const reminderSteps = async (documentId: string) =>
  (await db.documentSend.findMany({ where: { documentId, kind: "REMINDER" }, orderBy: { createdAt: "asc" } })).map(
    (send) => send.reminderStep,
  );

describe("reachedStep", () => {
  it("is the highest step reached", () => {
    expect(reachedStep(6, STEPS)).toBeNull();
    expect(reachedStep(7, STEPS)).toBe(7);
    expect(reachedStep(14, STEPS)).toBe(7);
    expect(reachedStep(40, STEPS)).toBe(30);
  });
});

describe("sendDueReminders", () => {
  it("sends step 7 at due + 8 days, once; a second run sends nothing", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);

    const first = await remind(space.organization.id, afterDue(8));
    expect(of(first, invoice.id)).toEqual({ sent: [7], skipped: [], failed: [] });
    expect(first.sent.find((entry) => entry.documentId === invoice.id)?.recipients).toEqual(space.emails);

    const [send] = await db.documentSend.findMany({ where: { documentId: invoice.id } });
    expect(send).toMatchObject({ kind: "REMINDER", reminderStep: 7, sentById: null, recipients: space.emails });
    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: send!.emailMessageId! } });
    expect(email.template).toBe("payment-reminder");
    expect(email.subject).toBe(`Relance : facture ${invoice.number} — Atelier Test SARL`);
    expect(email.text).toContain(`il reste ${formatMoney(120_00, "fr")} à payer`);
    const link = await db.shareLink.findFirstOrThrow({ where: { sendId: send!.id } });
    expect(link.documentId).toBe(invoice.id);
    // The audit entry is written once the email is out (the email.send job, when email is queued).
    await drainJobs({ names: [QUEUES.emailSend.name] });
    expect(
      await db.auditLog.count({ where: { targetId: invoice.id, action: "document.reminder_sent", actorId: null } }),
    ).toBe(1);

    const second = await remind(space.organization.id, afterDue(9));
    expect(of(second, invoice.id)).toEqual({ sent: [], skipped: [], failed: [] });
    expect(await reminderSteps(invoice.id)).toEqual([7]);
  });

  it("sends only the highest step reached (30 at due + 40), and never a lower one afterwards", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);
    const report = await remind(space.organization.id, afterDue(40));
    expect(of(report, invoice.id).sent).toEqual([30]);
    await remind(space.organization.id, afterDue(41));
    expect(await reminderSteps(invoice.id)).toEqual([30]);
  });

  it("sends nothing for a paid, draft, not yet due or cancelled (fully credited) invoice", async () => {
    const space = await workspace();
    const paid = await overdueInvoice(space);
    await recordPayment(space.payer, paid.id, { date: today, amount: "120,00", method: "TRANSFER" }, testMeta());
    const draft = await makeDraft(space.member, space.client.id, { dueDate } as never);
    const notYetDue = await makeIssuedInvoice(space.member, space.client.id, {}, { dueDate: addDays(dueDate, 20) });
    const cancelled = await overdueInvoice(space);
    const writer = await actingAs(space.user.id, space.organization.id, "documents.issue");
    const credit = await createCreditNote(writer, { invoiceId: cancelled.id, mode: "FULL" }, testMeta());
    await issueDocument(writer, credit.documentId, {}, testMeta());
    const partlyPaid = await overdueInvoice(space);
    await recordPayment(space.payer, partlyPaid.id, { date: today, amount: "20,00", method: "CHEQUE" }, testMeta());

    const report = await remind(space.organization.id, afterDue(8));
    for (const document of [paid, draft, notYetDue, cancelled]) {
      expect(of(report, document.id)).toEqual({ sent: [], skipped: [], failed: [] });
      expect(await reminderSteps(document.id)).toEqual([]);
    }
    expect(of(report, partlyPaid.id).sent).toEqual([7]);
    const email = await db.emailMessage.findFirstOrThrow({
      where: {
        organizationId: space.organization.id,
        template: "payment-reminder",
        subject: { contains: partlyPaid.number },
      },
    });
    expect(email.text).toContain(`il reste ${formatMoney(100_00, "fr")} à payer`);
  });

  it("skips (and reports) a client without an email address", async () => {
    const space = await workspace([]);
    const invoice = await overdueInvoice(space);
    const report = await remind(space.organization.id, afterDue(16));
    expect(of(report, invoice.id)).toEqual({ sent: [], skipped: ["no_client_email"], failed: [] });
    expect(await reminderSteps(invoice.id)).toEqual([]);
  });

  it("sends each step once when two runs overlap", async () => {
    const space = await workspace();
    const invoices = [await overdueInvoice(space), await overdueInvoice(space)];
    const runs = await Promise.all([
      remind(space.organization.id, afterDue(16)),
      remind(space.organization.id, afterDue(16)),
    ]);
    for (const invoice of invoices) {
      const sent = runs.flatMap((run) => of(run, invoice.id).sent);
      expect(sent).toEqual([15]);
      expect(runs.flatMap((run) => of(run, invoice.id).failed)).toEqual([]);
      expect(await reminderSteps(invoice.id)).toEqual([15]);
      expect(await db.shareLink.count({ where: { documentId: invoice.id } })).toBe(1);
      expect(
        await db.emailMessage.count({
          where: { organizationId: space.organization.id, subject: { contains: invoice.number } },
        }),
      ).toBe(1);
    }
  });

  it("skips a disabled organization", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);
    await db.organization.update({ where: { id: space.organization.id }, data: { disabledAt: new Date() } });
    const report = await remind(space.organization.id, afterDue(8));
    expect(of(report, invoice.id)).toEqual({ sent: [], skipped: [], failed: [] });
  });

  it("sends only the organization's own invoices", async () => {
    const space = await workspace();
    const other = await workspace();
    const mine = await overdueInvoice(space);
    const theirs = await overdueInvoice(other);
    const report = await remind(space.organization.id, afterDue(8));
    expect(report.sent.map((entry) => entry.documentId)).toEqual([mine.id]);
    expect(await reminderSteps(theirs.id)).toEqual([]);
  });

  it("fills the organization's text of the invoice's language; a blank one is the built-in text", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);
    const texts: ReminderTexts = {
      fr: { subject: "Rappel {number} : {balance} dus depuis le {dueDate}", message: "" },
      en: { subject: "", message: "Dear {client}, please pay {balance} of {total}. {seller}" },
    };
    await remind(space.organization.id, afterDue(8), texts);
    const [send] = await db.documentSend.findMany({ where: { documentId: invoice.id } });
    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: send!.emailMessageId! } });
    const balance = formatMoney(120_00, "fr");
    expect(email.subject).toBe(`Rappel ${invoice.number} : ${balance} dus depuis le ${formatLongDay(dueDate, "fr")}`);
    // The French message was left blank: the built-in one.
    expect(email.text).toContain(`il reste ${balance} à payer`);
  });

  it("after the steps change, sends a step above the last one sent, never a lower one", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);
    await remind(space.organization.id, afterDue(16));
    expect(await reminderSteps(invoice.id)).toEqual([15]);
    const withSteps = (steps: number[], day: string) =>
      sendDueReminders({
        organizationId: space.organization.id,
        today: day,
        steps,
        texts: BLANK_REMINDER_TEXTS,
        userAgent: "test",
      });
    expect(of(await withSteps([10, 12], afterDue(17)), invoice.id).sent).toEqual([]);
    expect(of(await withSteps([10, 20], afterDue(21)), invoice.id).sent).toEqual([20]);
    expect(await reminderSteps(invoice.id)).toEqual([15, 20]);
  });
});

const run = promisify(execFile);

// The real CLI, as someone would run it by hand, against a throwaway embedded database with the
// demo organization (its overdue invoice was issued 45 days ago at 30 days: 15 days late).
// The command runs on its own PGlite directory whatever the pass: the PostgreSQL pass
// (TEST_DATABASE_URL) would only repeat it.
const describeOnce = usingPostgres() ? describe.skip : describe;

describeOnce("npm run reminders (scripts/reminders.ts)", () => {
  let dataDir: string;
  const env = () => ({
    ...process.env,
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: "",
    NODE_OPTIONS: "",
    LOG_LEVEL: "silent",
    REMINDER_DAYS: "7,15,30",
  });
  const tsx = path.resolve("node_modules/.bin/tsx");
  const reminders = (...args: string[]) =>
    // Without --conditions=react-server, as npm run reminders does (see scripts/reminders.ts).
    run(tsx, ["scripts/reminders.ts", ...args], { env: env() });
  const sql = async <Row>(text: string): Promise<Row[]> => {
    const pglite = new PGlite(dataDir);
    try {
      return (await pglite.query<Row>(text)).rows;
    } finally {
      await pglite.close();
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "facturo-reminders-"));
    await run(tsx, ["--conditions=react-server", "scripts/db.ts", "migrate"], { env: env() });
    await run(tsx, ["--conditions=react-server", "scripts/db.ts", "seed"], { env: env() });
    // The demo has reminders on: off first, to see the command do nothing while none is on.
    await sql(`UPDATE "ReminderSettings" SET "enabled" = false`);
  }, 180_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("sends nothing while no organization has turned reminders on, then the due reminder once, and exits 0", async () => {
    const off = await reminders();
    expect(off.stdout).toContain("No organization has automatic reminders on");
    expect(off.stdout).toMatch(/0 organization\(s\)\. Sent 0, skipped 0, failed 0/);
    expect(await sql(`SELECT id FROM "DocumentSend"`)).toEqual([]);

    // Reminders on as the settings page would save them (steps from REMINDER_DAYS).
    await sql(
      `INSERT INTO "ReminderSettings" ("organizationId", "enabled", "steps", "updatedAt")
       SELECT "id", true, '{7,15,30}', now() FROM "Organization"
       ON CONFLICT ("organizationId") DO UPDATE SET "enabled" = true, "steps" = '{7,15,30}'`,
    );
    const first = await reminders();
    expect(first.stdout).toMatch(/Payment reminders of Atelier Démo SARL for \d{4}-\d{2}-\d{2} \(steps: 7, 15, 30/);
    expect(first.stdout).toMatch(/sent {5}F-\S+ step 15 → /);
    expect(first.stdout).toMatch(/1 organization\(s\)\. Sent 1, skipped 0, failed 0/);
    // The command delivers the reminder's queued email itself (no app runs beside it on PGlite).
    expect(first.stdout).toContain("Emails delivered now: 1; failed (retried later by the workers): 0.");
    expect(await sql(`SELECT status, template FROM "EmailMessage" WHERE template = 'payment-reminder'`)).toEqual([
      { status: "SENT", template: "payment-reminder" },
    ]);

    const second = await reminders();
    expect(second.stdout).toMatch(/Sent 0, skipped 0, failed 0; 1 overdue invoice\(s\) already reminded/);

    expect(await sql(`SELECT kind, "reminderStep", "emailMessageId" FROM "DocumentSend"`)).toEqual([
      { kind: "REMINDER", reminderStep: 15, emailMessageId: expect.any(String) },
    ]);
    // A manual run claims no day: the daily schedule's runs are the queue's.
    expect(await sql(`SELECT * FROM "ReminderRun"`)).toEqual([]);
  }, 180_000);

  it("refuses an unknown argument with one line and exit code 1, and explains itself with --help", async () => {
    const failure = await reminders("--bogus").then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("Unknown argument --bogus");
    const help = await reminders("--help");
    expect(help.stdout).toContain("Usage: npm run reminders");
    expect(help.stdout).toContain("Settings → Reminders");
  }, 60_000);
});
