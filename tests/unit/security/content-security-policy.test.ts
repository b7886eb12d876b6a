import {
  contentSecurityPolicy,
  createNonce,
  framingFor,
  strictTransportSecurity,
} from "@/lib/security/content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const base = { nonce: "abc123==", development: false, framing: "none" as const, https: false };

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, with strict-dynamic, no eval, no plugins", () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("frame-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy(base)).not.toContain("unsafe-eval");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directives(contentSecurityPolicy({ ...base, development: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("lets only the same origin frame the PDF preview route", () => {
    expect(framingFor("/api/documents/abc/pdf")).toBe("self");
    expect(framingFor("/api/documents/abc/pdf/")).toBe("self");
    expect(framingFor("/invoices/abc")).toBe("none");
    expect(framingFor("/api/public/tok/pdf")).toBe("none");
    expect(directives(contentSecurityPolicy({ ...base, framing: "self" })).get("frame-ancestors")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests over https", () => {
    expect(directives(contentSecurityPolicy({ ...base, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only when APP_URL is https", () => {
    expect(strictTransportSecurity("https://facturo.example")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
