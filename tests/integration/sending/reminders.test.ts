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
import { formatMoney } from "@/lib/money/format-money";
import { recordPayment } from "@/lib/payments/record-payment";
import { reachedStep } from "@/lib/reminders/find-due-reminders";
import { sendDueReminders, type ReminderRunReport } from "@/lib/reminders/send-due-reminders";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { actingAs } from "../../support/member-factories";

// Automatic payment reminders (npm run reminders). The database holds every earlier test's
// invoices too, so each test looks only at its own documents in the run's report.

const STEPS = [7, 15, 30];
const today = calendarDate();
/** Invoices issued today fall due in 30 days (the factory's default terms give this due date). */
const dueDate = addDays(today, 30);
/** Noon UTC of the day `days` after the due date: that calendar day in Paris. */
const afterDue = (days: number) => new Date(`${addDays(dueDate, days)}T12:00:00Z`);

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

    const first = await sendDueReminders({ now: afterDue(8), steps: STEPS });
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
    expect(
      await db.auditLog.count({ where: { targetId: invoice.id, action: "document.reminder_sent", actorId: null } }),
    ).toBe(1);

    const second = await sendDueReminders({ now: afterDue(9), steps: STEPS });
    expect(of(second, invoice.id)).toEqual({ sent: [], skipped: [], failed: [] });
    expect(await reminderSteps(invoice.id)).toEqual([7]);
  });

  it("sends only the highest step reached (30 at due + 40), and never a lower one afterwards", async () => {
    const space = await workspace();
    const invoice = await overdueInvoice(space);
    const report = await sendDueReminders({ now: afterDue(40), steps: STEPS });
    expect(of(report, invoice.id).sent).toEqual([30]);
    await sendDueReminders({ now: afterDue(41), steps: STEPS });
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

    const report = await sendDueReminders({ now: afterDue(8), steps: STEPS });
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
    const report = await sendDueReminders({ now: afterDue(16), steps: STEPS });
    expect(of(report, invoice.id)).toEqual({ sent: [], skipped: ["no_client_email"], failed: [] });
    expect(await reminderSteps(invoice.id)).toEqual([]);
  });

  it("sends each step once when two runs overlap", async () => {
    const space = await workspace();
    const invoices = [await overdueInvoice(space), await overdueInvoice(space)];
    const runs = await Promise.all([
      sendDueReminders({ now: afterDue(16), steps: STEPS }),
      sendDueReminders({ now: afterDue(16), steps: STEPS }),
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
    const report = await sendDueReminders({ now: afterDue(8), steps: STEPS });
    expect(of(report, invoice.id)).toEqual({ sent: [], skipped: [], failed: [] });
  });
});

const run = promisify(execFile);

// The real CLI, as a cron would run it, against a throwaway embedded database with the demo
// organization (its overdue invoice was issued 45 days ago at 30 days: 15 days late).
describe("npm run reminders (scripts/reminders.ts)", () => {
  let dataDir: string;
  const env = () => ({
    ...process.env,
    PGLITE_DATA_DIR: dataDir,
    DATABASE_URL: "",
    NODE_OPTIONS: "",
    LOG_LEVEL: "silent",
  });
  const tsx = path.resolve("node_modules/.bin/tsx");
  const reminders = (...args: string[]) =>
    // Without --conditions=react-server, as npm run reminders does (see scripts/reminders.ts).
    run(tsx, ["scripts/reminders.ts", ...args], { env: env() });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "facturo-reminders-"));
    await run(tsx, ["--conditions=react-server", "scripts/db.ts", "migrate"], { env: env() });
    await run(tsx, ["--conditions=react-server", "scripts/db.ts", "seed"], { env: env() });
  }, 180_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("sends the due reminder once, prints a summary and exits 0", async () => {
    const first = await reminders();
    expect(first.stdout).toMatch(/Sent 1, skipped 0, failed 0/);
    expect(first.stdout).toMatch(/sent {5}F-\S+ \(Atelier Démo SARL\) step 15 → /);

    const second = await reminders();
    expect(second.stdout).toMatch(/Sent 0, skipped 0, failed 0; 1 overdue invoice\(s\) already reminded/);

    const pglite = new PGlite(dataDir);
    try {
      const rows = (
        await pglite.query<{ kind: string; reminderStep: number; emailMessageId: string | null }>(
          `SELECT kind, "reminderStep", "emailMessageId" FROM "DocumentSend"`,
        )
      ).rows;
      expect(rows).toEqual([{ kind: "REMINDER", reminderStep: 15, emailMessageId: expect.any(String) }]);
    } finally {
      await pglite.close();
    }
  }, 180_000);

  it("refuses an unknown argument with one line and exit code 1", async () => {
    const failure = await reminders("--bogus").then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("Unknown argument --bogus");
  }, 60_000);
});
