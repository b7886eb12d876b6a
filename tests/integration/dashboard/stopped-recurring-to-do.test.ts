import { archiveClient } from "@/lib/clients/archive-client";
import { listToDo, TO_DO_LIMIT } from "@/lib/dashboard/list-to-do";
import { db } from "@/lib/db/prisma";
import { pauseRecurringProfile, resumeRecurringProfile } from "@/lib/recurring/change-recurring-profile-status";
import { listStoppedRecurringProfiles } from "@/lib/recurring/list-recurring-profiles";
import { runRecurringProfile } from "@/lib/recurring/run-recurring-profile";
import { calendarDate } from "@/lib/documents/calendar-date";
import { completeSellerIdentity, documentWorkspace } from "../../support/document-factories";
import { testMeta } from "../../support/factories";
import { actingAs } from "../../support/member-factories";
import { firstOfMonthBefore, makeProfile } from "../recurring/recurring-fixtures";

// The to-do panel's "stopped recurring invoices": the profiles of the acting organization that
// the generator stopped (stopped by running them, as the recurring.run job does), each with
// its client and its reason; not the active or paused ones, not another organization's; the
// ten last stopped with the full count; gone once resumed.

it("lists each organization's stopped recurring invoices with their reason, not another's, until resumed", async () => {
  const today = calendarDate();
  const mine = await documentWorkspace("OWNER");
  const theirs = await documentWorkspace("OWNER", { identity: false });

  // Mine: one stopped because its client was archived; one active (its first period next
  // month, nothing to run) and one paused, neither of which needs a hand.
  const archivedFor = await makeProfile(mine.member, mine.client.id, { name: "Maintenance du site" });
  const writer = await actingAs(mine.user.id, mine.organization.id, "clients.write");
  await archiveClient(writer, mine.client.id, testMeta());
  expect(await runRecurringProfile(mine.organization.id, archivedFor.id)).toMatchObject({
    status: "STOPPED",
    stopReason: "client_archived",
  });
  const secondClient = await db.client.create({
    data: { organizationId: mine.organization.id, kind: "COMPANY", name: "Imprimerie Lune", emails: [] },
  });
  await makeProfile(mine.member, secondClient.id, { name: "Hébergement", startDate: firstOfMonthBefore(-1) });
  const paused = await makeProfile(mine.member, secondClient.id, { name: "Infogérance" });
  await pauseRecurringProfile(mine.member, paused.id, testMeta());

  // Theirs: stopped because the invoice could not be issued (no legal identity).
  const refused = await makeProfile(theirs.member, theirs.client.id, { name: "Abonnement" });
  expect(await runRecurringProfile(theirs.organization.id, refused.id)).toMatchObject({
    status: "STOPPED",
    stopReason: "issue_refused",
  });

  expect((await listToDo(mine.member, today)).stoppedRecurring).toEqual({
    count: 1,
    items: [
      { id: archivedFor.id, name: "Maintenance du site", clientName: mine.client.name, stopReason: "client_archived" },
    ],
  });
  expect((await listToDo(theirs.member, today)).stoppedRecurring).toEqual({
    count: 1,
    items: [{ id: refused.id, name: "Abonnement", clientName: theirs.client.name, stopReason: "issue_refused" }],
  });

  // Fixed and resumed: no longer to do.
  await completeSellerIdentity(theirs.organization.id);
  await resumeRecurringProfile(theirs.member, refused.id, testMeta());
  expect((await listToDo(theirs.member, today)).stoppedRecurring).toEqual({ count: 0, items: [] });
  expect((await listToDo(mine.member, today)).stoppedRecurring.count).toBe(1);
}, 120_000);

it("shows the ten last stopped with the full count", async () => {
  const { member, client } = await documentWorkspace("OWNER");
  const stoppedIds: string[] = [];
  for (let index = 0; index < TO_DO_LIMIT + 2; index += 1) {
    const profile = await makeProfile(member, client.id, { name: `Contrat ${index}` });
    // Written as the generator leaves a stopped profile, each a minute after the one before.
    await db.recurringProfile.update({
      where: { id: profile.id },
      data: {
        status: "STOPPED",
        stopReason: "template_invalid",
        updatedAt: new Date(Date.UTC(2026, 0, 1, 9, index)),
      },
    });
    stoppedIds.push(profile.id);
  }
  await makeProfile(member, client.id, { name: "Toujours actif" });

  const stopped = await listStoppedRecurringProfiles(member, TO_DO_LIMIT);
  expect(stopped.count).toBe(TO_DO_LIMIT + 2);
  expect(stopped.items.map((item) => item.id)).toEqual(stoppedIds.slice(2).reverse());
  expect((await listToDo(member, calendarDate())).stoppedRecurring).toEqual(stopped);
}, 120_000);
