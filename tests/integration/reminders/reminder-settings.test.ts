import { db } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import { getReminderSettings } from "@/lib/reminders/get-reminder-settings";
import { reminderSettingsFromFields } from "@/lib/reminders/reminder-settings-schema";
import { saveReminderSettings } from "@/lib/reminders/save-reminder-settings";
import { testMeta } from "../../support/factories";
import { documentWorkspace } from "../../support/document-factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

// Settings → Reminders: saved per organization, read by every role, changed by owners and
// admins only, nothing written on a bad field, another organization's never read nor touched.

const form = {
  enabled: "on",
  steps: "15, 5",
  sendHour: "8",
  timeZone: "America/New_York",
  "texts.fr.subject": "Relance {number} — {seller}",
  "texts.fr.message": "",
  "texts.en.subject": "",
  "texts.en.message": "Dear {client},\n\n{balance} is still due.",
};

async function owner() {
  const workspace = await documentWorkspace();
  const member = await actingAs(workspace.user.id, workspace.organization.id, "organization.update");
  return { ...workspace, owner: member };
}

const audits = (organizationId: string) =>
  db.auditLog.findMany({
    where: { organizationId, action: "organization.reminders_updated" },
    orderBy: { createdAt: "asc" },
  });

describe("reminder settings", () => {
  it("are off before the first save, with REMINDER_DAYS's steps at 9 h in Paris and the built-in texts", async () => {
    const { owner: member } = await owner();
    expect(await getReminderSettings(member)).toEqual({
      enabled: false,
      steps: getEnv().REMINDER_DAYS,
      sendHour: 9,
      timeZone: "Europe/Paris",
      texts: { fr: { subject: "", message: "" }, en: { subject: "", message: "" } },
      saved: false,
      lastRun: null,
    });
  });

  it("saves the form, reads it back, and audits what changed (not the texts themselves)", async () => {
    const { owner: member, organization } = await owner();
    await saveReminderSettings(member, reminderSettingsFromFields(form), testMeta());
    expect(await getReminderSettings(member)).toEqual({
      enabled: true,
      steps: [5, 15],
      sendHour: 8,
      timeZone: "America/New_York",
      texts: {
        fr: { subject: "Relance {number} — {seller}", message: "" },
        en: { subject: "", message: "Dear {client},\n\n{balance} is still due." },
      },
      saved: true,
      lastRun: null,
    });
    const row = await db.reminderSettings.findUniqueOrThrow({ where: { organizationId: organization.id } });
    expect(row).toMatchObject({ enabled: true, steps: [5, 15], sendHour: 8, timeZone: "America/New_York" });

    // The same form again changes nothing: no second audit entry.
    await saveReminderSettings(member, reminderSettingsFromFields(form), testMeta());
    await saveReminderSettings(
      member,
      reminderSettingsFromFields({ ...form, enabled: "", "texts.fr.subject": "" }),
      testMeta(),
    );
    const entries = await audits(organization.id);
    expect(entries.map((entry) => [entry.actorId, entry.metadata])).toEqual([
      [
        member.userId,
        {
          enabled: { before: false, after: true },
          steps: { before: getEnv().REMINDER_DAYS, after: [5, 15] },
          sendHour: { before: 9, after: 8 },
          timeZone: { before: "Europe/Paris", after: "America/New_York" },
          textsChanged: ["fr", "en"],
        },
      ],
      [member.userId, { enabled: { before: true, after: false }, textsChanged: ["fr"] }],
    ]);
    expect((await getReminderSettings(member)).enabled).toBe(false);
  });

  it("writes nothing when a field is invalid, and says which field and why", async () => {
    const { owner: member, organization } = await owner();
    const refused = await expectAppError(
      saveReminderSettings(
        member,
        reminderSettingsFromFields({ ...form, steps: "7, 7", sendHour: "24", timeZone: "Mars/Olympus" }),
        testMeta(),
      ),
      "invalid_input",
    );
    expect(refused.details.fieldErrors).toEqual({
      steps: ["steps_duplicate"],
      sendHour: ["hour_invalid"],
      timeZone: ["time_zone_invalid"],
    });
    expect(await db.reminderSettings.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await audits(organization.id)).toEqual([]);
  });

  it("are the organization's own: another organization neither reads nor changes them", async () => {
    const first = await owner();
    const second = await owner();
    await saveReminderSettings(first.owner, reminderSettingsFromFields(form), testMeta());

    // The second organization sees its own (default) settings, not the first one's.
    expect(await getReminderSettings(second.owner)).toMatchObject({ enabled: false, saved: false });
    await saveReminderSettings(
      second.owner,
      reminderSettingsFromFields({ ...form, steps: "30", "texts.fr.subject": "Autre" }),
      testMeta(),
    );
    expect(await getReminderSettings(first.owner)).toMatchObject({
      steps: [5, 15],
      texts: { fr: { subject: "Relance {number} — {seller}" } },
    });
    expect(await getReminderSettings(second.owner)).toMatchObject({ steps: [30], texts: { fr: { subject: "Autre" } } });
    expect(await audits(first.organization.id)).toHaveLength(1);
  });

  it("are read by every role but changed only by owners and admins", async () => {
    const { owner: member, organization } = await owner();
    await saveReminderSettings(member, reminderSettingsFromFields(form), testMeta());
    for (const role of ["MEMBER", "ACCOUNTANT"] as const) {
      const { user } = await addMember(organization.id, role);
      const reader = await actingAs(user.id, organization.id, "organization.read");
      expect((await getReminderSettings(reader)).steps).toEqual([5, 15]);
      await expectAppError(
        saveReminderSettings(reader, reminderSettingsFromFields({ ...form, enabled: "" }), testMeta()),
        "forbidden",
      );
    }
    const { user } = await addMember(organization.id, "ADMIN");
    const admin = await actingAs(user.id, organization.id, "organization.update");
    await saveReminderSettings(admin, reminderSettingsFromFields({ ...form, sendHour: "7" }), testMeta());
    expect((await getReminderSettings(member)).sendHour).toBe(7);
    expect(await db.reminderSettings.findUniqueOrThrow({ where: { organizationId: organization.id } })).toMatchObject({
      enabled: true,
      sendHour: 7,
    });
  });
});
