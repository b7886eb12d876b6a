import { resolveLocale } from "@/lib/i18n/locales";

describe("resolveLocale", () => {
  it.each([
    [undefined, undefined, "fr"],
    [undefined, "", "fr"],
    ["en", "fr-FR,fr;q=0.9", "en"],
    ["fr", "en-US", "fr"],
    ["de", "en-GB,en;q=0.9", "en"],
    [undefined, "de-DE,de;q=0.9,en;q=0.8,fr;q=0.7", "en"],
    [undefined, "de-DE,fr;q=0.5,en;q=0.8", "en"],
    [undefined, "en;q=0, fr", "fr"],
    [undefined, "EN-us", "en"],
    [undefined, "es, it", "fr"],
    [undefined, "en;q=abc,fr;q=0.1", "fr"],
  ])("cookie %p + Accept-Language %p → %p", (cookie, header, expected) => {
    expect(resolveLocale(cookie, header)).toBe(expected);
  });
});
