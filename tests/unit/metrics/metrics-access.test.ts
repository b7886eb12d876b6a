/** @jest-environment node */
import { metricsAccess } from "@/lib/metrics/metrics-access";

const TOKEN = "0123456789abcdef0123456789abcdef";

describe("metricsAccess", () => {
  it("is disabled without a configured token, whatever is presented", () => {
    expect(metricsAccess(`Bearer ${TOKEN}`, undefined)).toBe("disabled");
    expect(metricsAccess(null, undefined)).toBe("disabled");
    expect(metricsAccess("Bearer ", "")).toBe("disabled");
  });

  it("grants the exact token as a bearer token (scheme in any case)", () => {
    expect(metricsAccess(`Bearer ${TOKEN}`, TOKEN)).toBe("granted");
    expect(metricsAccess(`bearer ${TOKEN}`, TOKEN)).toBe("granted");
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["an empty bearer", "Bearer "],
    ["another token", "Bearer 0123456789abcdef0123456789abcdeF"],
    ["a prefix", `Bearer ${TOKEN.slice(0, 16)}`],
    ["a longer token", `Bearer ${TOKEN}0`],
    ["the token without scheme", TOKEN],
    ["another scheme", `Basic ${TOKEN}`],
    ["two tokens", `Bearer ${TOKEN} ${TOKEN}`],
  ])("denies %s", (_case, header) => {
    expect(metricsAccess(header, TOKEN)).toBe("denied");
  });
});
