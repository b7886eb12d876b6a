import { emailMessages } from "@/lib/email/messages";
import { assertHttpUrl } from "@/lib/email/templates/assert-http-url";

// Leaves of a catalogue; functions are called with sample arguments so their text is checked too.
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "function") return [[path, (value as (...args: unknown[]) => unknown)(3, "Org", "Role")]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe("email messages", () => {
  const fr = emailMessages("fr");
  const en = emailMessages("en");

  it("have the same keys in French and English", () => {
    expect(leaves(en).map(([key]) => key)).toEqual(leaves(fr).map(([key]) => key));
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s has no empty or undefined text", (_locale, catalogue) => {
    const bad = leaves(catalogue).filter(
      ([, text]) => typeof text !== "string" || text.trim() === "" || text.includes("undefined"),
    );
    expect(bad).toEqual([]);
  });

  it("is translated and pluralised", () => {
    expect(en.loginCode.subject.LOGIN).not.toBe(fr.loginCode.subject.LOGIN);
    expect(fr.loginCode.expires(1)).toContain("1 minute ");
    expect(fr.loginCode.expires(10)).toContain("10 minutes");
    expect(en.invitation.expires(1)).toContain("1 day.");
    expect(en.invitation.expires(7)).toContain("7 days.");
  });
});

describe("assertHttpUrl", () => {
  it("accepts absolute http(s) links", () => {
    expect(() => assertHttpUrl("https://app.facturo.test/reset?token=x", "test")).not.toThrow();
    expect(() => assertHttpUrl("http://localhost:3000/invitations/1", "test")).not.toThrow();
  });

  it.each(["/reset?token=x", "javascript:alert(1)", "mailto:a@example.test", ""])("refuses %p", (url) => {
    expect(() => assertHttpUrl(url, "test")).toThrow(/^test: /);
  });
});
