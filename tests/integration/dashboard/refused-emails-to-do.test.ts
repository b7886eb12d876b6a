import { listToDo } from "@/lib/dashboard/list-to-do";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { retryEmail } from "@/lib/email/retry-email";
import { documentWorkspace } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";

// The to-do panel's "N emails refused by the provider": the organization's FAILED emails
// (written directly, as the email.send job leaves them), none of another organization's, none
// queued or sent, and one fewer once it is retried.

async function emailRow(organizationId: string | null, status: "QUEUED" | "SENT" | "FAILED") {
  return db.emailMessage.create({
    data: {
      organizationId,
      to: [`client-${uniqueSuffix()}@example.test`],
      from: "Facturo <no-reply@facturo.test>",
      subject: "Votre facture",
      template: "document-sent",
      html: "<p>Bonjour</p>",
      text: "Bonjour",
      transport: "OUTBOX",
      status,
      lastError: status === "FAILED" ? "Invalid `to` field" : null,
      failedAt: status === "FAILED" ? new Date() : null,
    },
  });
}

it("counts each organization's refused emails, not another's, and drops one once retried", async () => {
  const today = calendarDate();
  const mine = await documentWorkspace("OWNER");
  const theirs = await documentWorkspace("OWNER");
  expect((await listToDo(mine.member, today)).refusedEmails).toEqual({ count: 0, items: [] });

  const failed = [];
  for (let index = 0; index < 12; index += 1) failed.push(await emailRow(mine.organization.id, "FAILED"));
  await emailRow(mine.organization.id, "SENT");
  await emailRow(mine.organization.id, "QUEUED");
  await emailRow(theirs.organization.id, "FAILED");
  await emailRow(null, "FAILED");

  const toDo = await listToDo(mine.member, today);
  expect(toDo.refusedEmails.count).toBe(12);
  expect(toDo.refusedEmails.items).toHaveLength(10);
  const ids = new Set(failed.map((email) => email.id));
  expect(toDo.refusedEmails.items.every((item) => ids.has(item.id))).toBe(true);
  expect((await listToDo(theirs.member, today)).refusedEmails.count).toBe(1);

  await retryEmail(mine.member, failed[0]!.id, testMeta());
  expect((await listToDo(mine.member, today)).refusedEmails.count).toBe(11);
}, 120_000);
