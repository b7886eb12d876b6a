/** @jest-environment node */
import { localClock } from "@/lib/reminders/local-clock";
import {
  reminderSettingsFields,
  reminderSettingsFromFields,
  reminderSettingsInput,
  type ReminderSettingsValues,
} from "@/lib/reminders/reminder-settings-schema";
import { fieldErrorsOf } from "@/lib/errors/validation";

// The Settings → Reminders schema as the form submits it (flat fields, every value a string).

const valid = {
  enabled: "on",
  steps: "7, 15, 30",
  sendHour: "9",
  timeZone: "Europe/Paris",
  "texts.fr.subject": "Relance {number}",
  "texts.fr.message": "",
  "texts.en.subject": "",
  "texts.en.message": "Dear {client},\r\n\r\n{balance} is still due since {dueDate}.\r\n{seller}",
};

function parse(fields: Record<string, string>) {
  return reminderSettingsInput.safeParse(reminderSettingsFromFields(fields));
}

function errorsOf(fields: Record<string, string>) {
  const result = parse(fields);
  if (result.success) throw new Error("expected field errors");
  return fieldErrorsOf(result.error);
}

describe("reminder settings schema", () => {
  it("reads the form: steps typed with commas become sorted numbers, texts nested per language", () => {
    const result = parse({ ...valid, steps: "30,7 ;15" });
    expect(result.success && result.data).toEqual({
      enabled: true,
      steps: [7, 15, 30],
      sendHour: 9,
      timeZone: "Europe/Paris",
      texts: {
        fr: { subject: "Relance {number}", message: "" },
        // The textarea's CRLF line breaks are kept as LF.
        en: { subject: "", message: "Dear {client},\n\n{balance} is still due since {dueDate}.\n{seller}" },
      },
    });
  });

  it("reads an unchecked box (absent) as off, and gives its values back as the form's fields", () => {
    const off: Record<string, string> = { ...valid };
    delete off.enabled;
    const result = parse(off);
    expect(result.success && result.data.enabled).toBe(false);
    const values = result.success ? (result.data as ReminderSettingsValues) : null;
    expect(reminderSettingsFields(values!)).toEqual({
      ...off,
      enabled: "",
      steps: "7, 15, 30",
      "texts.en.message": off["texts.en.message"]!.replace(/\r\n/g, "\n"),
    });
  });

  it.each([
    ["0", "step_invalid"],
    ["400", "step_invalid"],
    ["a", "step_invalid"],
    ["7, a, 30", "step_invalid"],
    ["7.5", "step_invalid"],
    ["-7", "step_invalid"],
    ["7, 15, 7", "steps_duplicate"],
    ["", "steps_required"],
    ["1, 2, 3, 4, 5, 6, 7", "steps_too_many"],
  ])("refuses steps %p (%s)", (steps, code) => {
    expect(errorsOf({ ...valid, steps })).toEqual({ steps: [code] });
  });

  it("takes up to 6 steps, from 1 to 365 days", () => {
    const result = parse({ ...valid, steps: "365, 1, 2, 3, 4, 5" });
    expect(result.success && result.data.steps).toEqual([1, 2, 3, 4, 5, 365]);
  });

  it.each(["24", "-1", "9.5", "nine", ""])("refuses the hour %p", (sendHour) => {
    expect(Object.keys(errorsOf({ ...valid, sendHour }))).toEqual(["sendHour"]);
  });

  it("takes hours 0 and 23", () => {
    expect(parse({ ...valid, sendHour: "0" }).success).toBe(true);
    expect(parse({ ...valid, sendHour: "23" }).success).toBe(true);
  });

  it.each(["Europe/Atlantis", "Paris", "", "+02:00"])("refuses the unknown time zone %p", (timeZone) => {
    expect(errorsOf({ ...valid, timeZone })).toEqual({ timeZone: ["time_zone_invalid"] });
  });

  it("takes IANA zones and UTC", () => {
    for (const timeZone of ["America/New_York", "Asia/Tokyo", "UTC", "Pacific/Noumea"]) {
      expect([timeZone, parse({ ...valid, timeZone }).success]).toEqual([timeZone, true]);
    }
  });

  it("refuses a subject on two lines or too long, a message too long, and unknown placeholders", () => {
    expect(
      errorsOf({
        ...valid,
        "texts.fr.subject": "Relance\nBcc: x@example.test",
        "texts.en.subject": "x".repeat(301),
        "texts.fr.message": "y".repeat(4001),
        "texts.en.message": "Pay {montant} now",
      }),
    ).toEqual({
      "texts.fr.subject": ["subject_one_line"],
      "texts.en.subject": ["subject_too_long"],
      "texts.fr.message": ["message_too_long"],
      "texts.en.message": ["unknown_placeholder"],
    });
  });

  it("counts a line break as one character, as the textarea does", () => {
    const lines = "y\r\n".repeat(2000);
    const result = parse({ ...valid, "texts.fr.message": lines });
    expect(result.success && result.data.texts.fr.message).toBe("y\n".repeat(2000).trim());
  });

  it("takes the longest subject and message, and blank texts (the built-in ones)", () => {
    const result = parse({
      ...valid,
      "texts.fr.subject": "x".repeat(300),
      "texts.fr.message": "y".repeat(4000),
      "texts.en.subject": "   ",
      "texts.en.message": "",
    });
    expect(result.success && result.data.texts.en).toEqual({ subject: "", message: "" });
  });

  it("refuses control characters in a text", () => {
    expect(errorsOf({ ...valid, "texts.fr.message": "a\u0000b" })).toEqual({
      "texts.fr.message": ["control_characters"],
    });
  });

  it("accepts what code passes: numbers, arrays, missing texts", () => {
    const result = reminderSettingsInput.safeParse({
      enabled: true,
      steps: [30, 10],
      sendHour: 8,
      timeZone: "UTC",
    });
    expect(result.success && result.data).toEqual({
      enabled: true,
      steps: [10, 30],
      sendHour: 8,
      timeZone: "UTC",
      texts: { fr: { subject: "", message: "" }, en: { subject: "", message: "" } },
    });
  });
});

describe("localClock", () => {
  it("reads the day and hour in the zone, through the daylight saving changes", () => {
    // Paris: winter UTC+1, from 28 March 2027 UTC+2.
    expect(localClock(new Date("2027-03-27T07:59:00Z"), "Europe/Paris")).toEqual({ day: "2027-03-27", hour: 8 });
    expect(localClock(new Date("2027-03-27T08:00:00Z"), "Europe/Paris")).toEqual({ day: "2027-03-27", hour: 9 });
    expect(localClock(new Date("2027-03-28T06:59:00Z"), "Europe/Paris")).toEqual({ day: "2027-03-28", hour: 8 });
    expect(localClock(new Date("2027-03-28T07:00:00Z"), "Europe/Paris")).toEqual({ day: "2027-03-28", hour: 9 });
    // New York: EST UTC-5, from 14 March 2027 EDT UTC-4; late evening is still the day before.
    expect(localClock(new Date("2027-03-14T13:00:00Z"), "America/New_York")).toEqual({ day: "2027-03-14", hour: 9 });
    expect(localClock(new Date("2027-03-14T03:30:00Z"), "America/New_York")).toEqual({ day: "2027-03-13", hour: 22 });
    expect(localClock(new Date("2027-01-01T00:00:00Z"), "UTC")).toEqual({ day: "2027-01-01", hour: 0 });
  });

  it("throws on an unknown zone", () => {
    expect(() => localClock(new Date(), "Europe/Atlantis")).toThrow(RangeError);
  });
});
