import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("safeNextPath (return address after login)", () => {
  it.each([
    ["/invitations/abc_DEF-123", "/invitations/abc_DEF-123"],
    ["/settings/members?tab=1#top", "/settings/members?tab=1#top"],
    ["/dashboard", "/dashboard"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    "//evil.test/phish",
    "/\\evil.test",
    "/\tevil",
    "https://evil.test/",
    "javascript:alert(1)",
    "evil.test",
    "",
    `/${"a".repeat(600)}`,
    undefined,
    null,
    42,
    ["/dashboard"],
  ])("drops %p", (input) => {
    expect(safeNextPath(input)).toBeNull();
  });
});
