/** @jest-environment node */
import { formatMoney } from "@/lib/money/format-money";
import {
  BLANK_REMINDER_TEXTS,
  builtInReminderTemplate,
  fillReminderPlaceholders,
  reminderTexts,
  unknownPlaceholders,
  type ReminderFacts,
} from "@/lib/reminders/reminder-texts";
import { defaultSendTexts } from "@/lib/sending/sending-texts";

// The organization's reminder texts: placeholders filled per invoice, blank = the built-in text,
// and the built-in text the form shows with placeholders is exactly what a blank field sends.

const facts = (language: "fr" | "en"): ReminderFacts => ({
  type: "INVOICE",
  language,
  number: "F-2027-00012",
  sellerName: "Atelier Test SARL",
  clientName: "Dupont & Fils",
  totalInclVatCents: 1_440_00,
  currency: "EUR",
  balanceCents: 1_200_50,
  dueDate: "2027-03-14",
});

describe("reminder texts", () => {
  it.each(["fr", "en"] as const)("the form's built-in %s template, filled, is the built-in reminder", (language) => {
    const template = builtInReminderTemplate(language);
    expect(template.subject).toContain("{number}");
    expect(template.message).toContain("{balance}");
    expect(template.message).toContain("{dueDate}");
    expect(template.message).toContain("{total}");
    expect(template.message).toContain("{seller}");
    expect(unknownPlaceholders(template.subject + template.message)).toEqual([]);
    const builtIn = defaultSendTexts("REMINDER", { ...facts(language), validUntil: null });
    expect({
      subject: fillReminderPlaceholders(template.subject, facts(language)),
      message: fillReminderPlaceholders(template.message, facts(language)),
    }).toEqual(builtIn);
  });

  it("fills every placeholder, in the document's language, and leaves other braces alone", () => {
    const text = "{client}: {number} {total} {balance} {dueDate} {seller} {other} {}";
    expect(fillReminderPlaceholders(text, facts("fr"))).toBe(
      `Dupont & Fils: F-2027-00012 ${formatMoney(1_440_00, "fr")} ${formatMoney(1_200_50, "fr")} 14 mars 2027 Atelier Test SARL {other} {}`,
    );
    expect(fillReminderPlaceholders("{dueDate}", facts("en"))).toBe("14 March 2027");
  });

  it("uses the organization's text of the document's language, else the built-in one, field by field", () => {
    const custom = {
      fr: { subject: "Relance {number}", message: "" },
      en: { subject: "", message: "Please pay {balance}." },
    };
    const fr = reminderTexts(custom, facts("fr"));
    expect(fr.subject).toBe("Relance F-2027-00012");
    expect(fr.message).toBe(defaultSendTexts("REMINDER", { ...facts("fr"), validUntil: null }).message);
    const en = reminderTexts(custom, facts("en"));
    expect(en.subject).toBe(defaultSendTexts("REMINDER", { ...facts("en"), validUntil: null }).subject);
    expect(en.message).toBe(`Please pay ${formatMoney(1_200_50, "en")}.`);
    expect(reminderTexts(BLANK_REMINDER_TEXTS, { ...facts("en"), type: "DEPOSIT_INVOICE" }).subject).toContain(
      "Deposit invoice F-2027-00012",
    );
  });

  it("names the unknown placeholders", () => {
    expect(unknownPlaceholders("{number} {montant} {Number} { x }")).toEqual(["montant", "Number"]);
  });
});
