import { RouteLabels, routeTemplate, UNMATCHED_ROUTE } from "@/lib/metrics/route-template";

describe("routeTemplate", () => {
  it.each([
    ["/", "/"],
    ["/invoices", "/invoices"],
    ["/invoices/cmf3k2v9x0001abcd1234efgh", "/invoices/:id"],
    ["/invoices/cmf3k2v9x0001abcd1234efgh/edit", "/invoices/:id/edit"],
    ["/invoices/cmf3k2v9x0001abcd1234efgh/edit?tab=lines&_rsc=1x2y", "/invoices/:id/edit"],
    ["/api/documents/cmf3k2v9x0001abcd1234efgh/pdf", "/api/documents/:id/pdf"],
    ["/api/documents/cmf3k2v9x0001abcd1234efgh/facturx.xml", "/api/documents/:id/facturx.xml"],
    // Share-link and invitation tokens: base64url, capitals and digits.
    ["/p/Xk3_aB9-Qr7TzLm2NpV0wYc5", "/p/:id"],
    ["/api/public/Xk3_aB9-Qr7TzLm2NpV0wYc5/pdf", "/api/public/:id/pdf"],
    ["/reset-password/qwertyuiopasdfghjklzxcvbnmqwerty", "/reset-password/:id"],
    // Numbers of any kind are values: document numbers, dates, integers.
    ["/api/v1/documents/F-2026-00001", "/api/v1/documents/:id"],
    ["/api/v1/clients/42", "/api/v1/clients/:id"],
    ["/reports/vat/2026-01", "/reports/vat/:id"],
    // Names of routes stay, dots and dashes included; an API version keeps its number.
    ["/reports/aged-receivables", "/reports/aged-receivables"],
    ["/api/auth/callback/credentials", "/api/auth/callback/credentials"],
    ["/api/v1/openapi.json", "/api/v1/openapi.json"],
    ["/favicon.ico", "/favicon.ico"],
    // Percent-encoding, capitals and other characters are values too.
    ["/clients/Dupont%20SARL", "/clients/:id"],
    ["/clients/Dupont", "/clients/:id"],
    ["/clients/é", "/clients/:id"],
    // Trailing and doubled slashes do not make new templates.
    ["/invoices/", "/invoices"],
    ["//invoices//new", "/invoices/new"],
    // Next's hashed static files are one series.
    ["/_next/static/chunks/app/page-3f2a1b.js", "/_next/static/*"],
    ["/_next/image?url=%2Flogo.png&w=64", "/_next/image"],
    // Deep paths are cut.
    ["/a/b/c/d/e/f/g/h", "/a/b/c/d/e/f/*"],
    // Absolute-form targets (a proxy request) keep their path only; anything else is invalid.
    ["http://example.test/invoices/123?x=1", "/invoices/:id"],
    ["*", "invalid"],
    ["", "invalid"],
  ])("%s → %s", (url, template) => {
    expect(routeTemplate(url)).toBe(template);
  });

  it("never keeps a segment longer than any route name", () => {
    expect(routeTemplate(`/clients/${"a".repeat(25)}`)).toBe("/clients/:id");
    expect(routeTemplate(`/clients/${"a".repeat(24)}`)).toBe(`/clients/${"a".repeat(24)}`);
  });
});

describe("RouteLabels", () => {
  it("admits a template once a request to it succeeded, and keeps it for every status afterwards", () => {
    const labels = new RouteLabels();
    expect(labels.label("/invoices/:id", 404)).toBe(UNMATCHED_ROUTE);
    expect(labels.label("/invoices/:id", 307)).toBe(UNMATCHED_ROUTE);
    expect(labels.label("/invoices/:id", 200)).toBe("/invoices/:id");
    expect(labels.label("/invoices/:id", 404)).toBe("/invoices/:id");
    expect(labels.label("/invoices/:id", 500)).toBe("/invoices/:id");
  });

  it("counts Next's static files from the start", () => {
    expect(new RouteLabels().label("/_next/static/*", 404)).toBe("/_next/static/*");
  });

  it("holds at most `max` templates, whatever answers 200", () => {
    const labels = new RouteLabels(3);
    expect(labels.label("/a", 200)).toBe("/a");
    expect(labels.label("/b", 200)).toBe("/b");
    expect(labels.label("/c", 200)).toBe(UNMATCHED_ROUTE);
    expect(labels.label("/a", 500)).toBe("/a");
  });
});
