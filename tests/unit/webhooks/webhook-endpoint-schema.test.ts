import { webhookEndpointInput, webhookUrlProblem } from "@/lib/webhooks/webhook-endpoint-schema";

// The endpoint form's rules (shared by the form and the domain function).

describe("webhookUrlProblem", () => {
  it("accepts https anywhere and http to this machine outside production only", () => {
    expect(webhookUrlProblem("https://erp.example.com/hooks", true)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", false)).toBeNull();
    expect(webhookUrlProblem("http://localhost:4000/hooks", false)).toBeNull();
    expect(webhookUrlProblem("http://[::1]:4000/hooks", false)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", true)).toBe("url_https_required");
    expect(webhookUrlProblem("http://erp.example.com/hooks", false)).toBe("url_https_or_loopback");
    expect(webhookUrlProblem("ftp://erp.example.com/", false)).toBe("url_https_or_loopback");
    expect(webhookUrlProblem("https://me:secret@erp.example.com/", true)).toBe("url_credentials");
    expect(webhookUrlProblem("not a url", true)).toBe("url_invalid");
  });
});

describe("webhookEndpointInput", () => {
  it("trims, orders and deduplicates the events", () => {
    const parsed = webhookEndpointInput.parse({
      url: "  https://erp.example.com/hooks ",
      description: "  ERP  ",
      events: ["invoice.paid", "document.issued", "invoice.paid"],
    });
    expect(parsed).toEqual({
      url: "https://erp.example.com/hooks",
      description: "ERP",
      events: ["document.issued", "invoice.paid"],
    });
    expect(webhookEndpointInput.parse({ url: "https://a.example/", events: "client.created" }).events).toEqual([
      "client.created",
    ]);
  });

  it("refuses no event, an unknown event and a too long description", () => {
    const result = webhookEndpointInput.safeParse({
      url: "https://a.example/",
      description: "x".repeat(201),
      events: [],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining(["description:description_too_long", "events:events_required"]));
    expect(webhookEndpointInput.safeParse({ url: "https://a.example/", events: ["nope"] }).success).toBe(false);
  });
});
