import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ACTION_BODY_LIMIT_BYTES,
  hasMalformedEncoding,
  isCrossOriginAction,
  isOversizedAction,
  isPossibleServerAction,
} from "@/lib/security/request-guards";

const facts = (method: string, pathname: string, headers: Record<string, string>) => ({
  method,
  pathname,
  headers: new Headers(headers),
});

describe("request guards", () => {
  it("knows a server action as Next.js does: a POST to a page with the action header or a form body", () => {
    expect(isPossibleServerAction(facts("POST", "/clients/new", { "next-action": "abc" }))).toBe(true);
    expect(
      isPossibleServerAction(facts("POST", "/settings", { "content-type": "multipart/form-data; boundary=x" })),
    ).toBe(true);
    expect(
      isPossibleServerAction(facts("POST", "/login", { "content-type": "application/x-www-form-urlencoded" })),
    ).toBe(true);
    expect(isPossibleServerAction(facts("POST", "/api/auth/signout", { "content-type": "multipart/form-data" }))).toBe(
      false,
    );
    expect(isPossibleServerAction(facts("GET", "/clients", { "next-action": "abc" }))).toBe(false);
    expect(isPossibleServerAction(facts("POST", "/clients", { "content-type": "application/json" }))).toBe(false);
  });

  it("refuses an action whose Origin is another site, and lets same-site or Origin-less ones through", () => {
    const action = (headers: Record<string, string>) =>
      isCrossOriginAction(facts("POST", "/clients/new", { "next-action": "abc", host: "app.example.fr", ...headers }));
    expect(action({ origin: "https://evil.example" })).toBe(true);
    expect(action({ origin: "null" })).toBe(true);
    expect(action({ origin: "https://app.example.fr" })).toBe(false);
    expect(action({ origin: "https://APP.example.fr" })).toBe(false);
    expect(action({})).toBe(false);
    // Behind a proxy the forwarded host is the one the browser saw.
    expect(action({ origin: "https://facturo.fr", "x-forwarded-host": "facturo.fr" })).toBe(false);
    expect(action({ origin: "https://app.example.fr", "x-forwarded-host": "facturo.fr" })).toBe(true);
    // Not an action at all: GETs and API routes are someone else's business.
    expect(isCrossOriginAction(facts("GET", "/clients", { origin: "https://evil.example", host: "a" }))).toBe(false);
  });

  it("refuses an action announcing more than the body limit", () => {
    const sized = (length: number) =>
      isOversizedAction(
        facts("POST", "/settings/organization", {
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(length),
        }),
      );
    expect(sized(3 * 1024 * 1024)).toBe(true);
    expect(sized(ACTION_BODY_LIMIT_BYTES + 1)).toBe(true);
    expect(sized(ACTION_BODY_LIMIT_BYTES)).toBe(false);
    expect(isOversizedAction(facts("POST", "/settings/organization", { "next-action": "a" }))).toBe(false);
  });

  it("keeps the limit equal to next.config.mjs's serverActions.bodySizeLimit", () => {
    const config = readFileSync(path.join(process.cwd(), "next.config.mjs"), "utf8");
    const limit = /bodySizeLimit:\s*"(\d+)mb"/.exec(config)?.[1];
    expect(Number(limit) * 1024 * 1024).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it("finds percent-escapes that are not UTF-8", () => {
    expect(hasMalformedEncoding("/invoices/%C0%AE")).toBe(true);
    expect(hasMalformedEncoding("/p/%E0%A4%A")).toBe(true);
    expect(hasMalformedEncoding("/p/abc%")).toBe(true);
    expect(hasMalformedEncoding("/clients/caf%C3%A9")).toBe(false);
    expect(hasMalformedEncoding("/invoices")).toBe(false);
  });
});
