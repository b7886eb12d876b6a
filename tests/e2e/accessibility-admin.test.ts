import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { blockingViolations } from "./support/axe";
import { launchBrowser, screenshot } from "./support/browser";
import { DEMO_EMAIL, logInAsDemo } from "./support/demo-login";
import { startResendStandIn } from "./support/resend-stand-in";
import { startApp, type RunningApp } from "./support/server";

// The platform administration through axe-core, at a desktop and a phone width. Its own server:
// a platform administrator is made from a shell before the server opens its embedded database
// (PGlite allows one process), and the run's shared server must not get one.

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

describe("accessibility of the platform administration (axe-core, production build)", () => {
  let browser: Browser;
  let app: RunningApp;
  let closeResend: () => Promise<void>;
  const mailbox = path.join(mkdtempSync(path.join(tmpdir(), "facturo-mail-")), "mailbox.jsonl");

  beforeAll(async () => {
    const resend = await startResendStandIn(mailbox);
    closeResend = resend.close;
    app = await startApp(
      { RESEND_API_KEY: "re_e2e_key", RESEND_BASE_URL: resend.url },
      { platformAdmins: [DEMO_EMAIL] },
    );
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await closeResend?.();
  });

  it("has no serious or critical violation on any admin page", async () => {
    const violations: string[] = [];
    for (const viewport of WIDTHS) {
      const page = await (await browser.newContext({ locale: "fr-FR", viewport })).newPage();
      await logInAsDemo(page, { origin: app.baseUrl, mailbox });
      for (const adminPath of ["/admin", "/admin/users", "/admin/organizations"]) {
        const response = await page.goto(`${app.baseUrl}${adminPath}`);
        expect(response?.status()).toBe(200);
        // The administration itself, not the refusal a non-admin gets.
        await page.getByRole("navigation").first().waitFor();
        const found = await blockingViolations(page, adminPath);
        if (found.length > 0) await screenshot(page, `a11y-${viewport.width}${adminPath.replace(/\//g, "-")}`);
        violations.push(...found);
      }
    }
    expect(violations).toEqual([]);
  }, 300_000);
});
