import { fieldErrorsOf } from "@/lib/errors/validation";
import {
  recurringProfileInput,
  recurringTemplateOf,
  type RecurringProfileRawInput,
} from "@/lib/recurring/recurring-profile-schema";

// The profile form's schema, as the browser runs it (the server runs it again, then checks
// the recipients against the client's addresses).

const line = { description: "Maintenance", quantity: "1", unit: "piece", unitPrice: "100,00", vatRate: "2000" };

function raw(overrides: Record<string, unknown> = {}): RecurringProfileRawInput {
  return {
    name: "Maintenance",
    clientId: "client-1",
    frequency: "MONTHLY",
    interval: "1",
    dayOfMonth: "31",
    startDate: "2027-01-31",
    endKind: "NEVER",
    mode: "ISSUE",
    lines: [line],
    ...overrides,
  } as RecurringProfileRawInput;
}

function errorsOf(input: RecurringProfileRawInput) {
  const result = recurringProfileInput.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("recurringProfileInput", () => {
  it("parses the profile's fields and the editor's content, dates left out", () => {
    const parsed = recurringProfileInput.parse(
      raw({ autoSend: "on", recipients: "A@example.test, b@example.test", issueDate: "2027-01-01", notes: "Merci" }),
    );
    expect(parsed).toMatchObject({
      name: "Maintenance",
      clientId: "client-1",
      frequency: "MONTHLY",
      interval: 1,
      dayOfMonth: 31,
      lastDayOfMonth: false,
      startDate: "2027-01-31",
      endKind: "NEVER",
      endAfterCount: null,
      endDate: null,
      mode: "ISSUE",
      autoSend: true,
      recipients: ["a@example.test", "b@example.test"],
      issueDate: null,
      notes: "Merci",
      lines: [expect.objectContaining({ quantity: 1000, unitPrice: 10_000, vatRate: 2000 })],
    });
  });

  it("gives field errors: end before start, N = 0, day 32, interval over its frequency's maximum", () => {
    expect(errorsOf(raw({ endKind: "ON_DATE", endDate: "2027-01-30" }))).toEqual({ endDate: ["end_before_start"] });
    expect(errorsOf(raw({ endKind: "AFTER_COUNT", endAfterCount: "0" }))).toEqual({
      endAfterCount: ["end_count_range"],
    });
    expect(errorsOf(raw({ endKind: "AFTER_COUNT", endAfterCount: "" }))).toEqual({
      endAfterCount: ["end_count_range"],
    });
    expect(errorsOf(raw({ dayOfMonth: "32" }))).toEqual({ dayOfMonth: ["day_of_month_range"] });
    expect(errorsOf(raw({ dayOfMonth: "" }))).toEqual({ dayOfMonth: ["day_of_month_required"] });
    expect(errorsOf(raw({ interval: "13" }))).toEqual({ interval: ["interval_range"] });
    expect(errorsOf(raw({ frequency: "WEEKLY", interval: "53" }))).toEqual({ interval: ["interval_range"] });
    expect(errorsOf(raw({ startDate: "2027-02-30" }))).toEqual({ startDate: ["date_invalid"] });
    expect(errorsOf(raw({ autoSend: true, mode: "DRAFT", recipients: ["a@example.test"] }))).toEqual({
      autoSend: ["auto_send_needs_issue"],
    });
    expect(errorsOf(raw({ autoSend: true }))).toEqual({ recipients: ["recipients_required"] });
    expect(errorsOf(raw({ recipients: ["not-an-address"] }))).toEqual({ "recipients.0": ["recipient_invalid"] });
  });

  it("reports the profile's and the content's errors together", () => {
    expect(errorsOf(raw({ dayOfMonth: "32", lines: [{ ...line, quantity: "abc" }] }))).toEqual({
      dayOfMonth: ["day_of_month_range"],
      "lines.0.quantity": ["quantity_invalid"],
    });
  });

  it("keeps only what the frequency and the end use", () => {
    const weekly = recurringProfileInput.parse(
      raw({
        frequency: "WEEKLY",
        lastDayOfMonth: "on",
        endKind: "AFTER_COUNT",
        endAfterCount: "3",
        endDate: "2028-01-01",
      }),
    );
    expect(weekly).toMatchObject({ dayOfMonth: null, lastDayOfMonth: false, endAfterCount: 3, endDate: null });
    const lastDay = recurringProfileInput.parse(raw({ lastDayOfMonth: true, dayOfMonth: "" }));
    expect(lastDay).toMatchObject({ dayOfMonth: null, lastDayOfMonth: true });
  });
});

describe("recurringTemplateOf", () => {
  it("keeps the content as typed, without the profile's fields, dates or unknown keys", () => {
    expect(
      recurringTemplateOf(
        raw({ title: "Abonnement", issueDate: "2027-01-01", lines: [{ ...line, extra: "x" }], unknown: 1 }),
      ),
    ).toEqual({ title: "Abonnement", lines: [line] });
  });
});
