import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Cookie, Page } from "playwright-core";
import { baseUrl, mailboxFile } from "./browser";
import { codeIn, readMailbox, waitForEmail } from "./resend-stand-in";

// The seeded demo user (the server's own `db:seed`), signed in through the login pages.

export const DEMO_EMAIL = "demo@facturo.test";
export const DEMO_PASSWORD = "demo-facturo-2026";

/** Where a test's own app server (not the run's shared one) sends its email. */
type LoginOptions = { mailbox?: string };

/** Fills the login page already open and enters the emailed code; ends on the dashboard. */
export async function submitDemoLogin(page: Page, { mailbox = mailboxFile() }: LoginOptions = {}): Promise<void> {
  // Several test files sign the demo user in on the one server of the run: this login's code
  // is the next email to the address, not the first.
  const codesBefore = readMailbox(mailbox).filter((email) => email.to.includes(DEMO_EMAIL)).length;
  await page.getByLabel("Adresse e-mail").fill(DEMO_EMAIL);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.waitForURL("**/login/verify");
  await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailbox, DEMO_EMAIL, codesBefore + 1)));
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

/**
 * Signs the demo user in on `page`'s context. The session cookies of the first login on a
 * server are kept in a file and reused by later test files: the login itself is tested where
 * it matters (accounts, accessibility, security-headers), and the server allows an account only
 * five codes an hour (CODES_PER_HOUR), which one code per test file would exceed. A reused
 * session that no longer works (a test signed out) falls back to a real login.
 */
export async function logInAsDemo(
  page: Page,
  { origin = baseUrl(), ...options }: LoginOptions & { origin?: string } = {},
): Promise<void> {
  const cache = path.join(tmpdir(), `facturo-e2e-demo-session-${new URL(origin).port}.json`);
  if (existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, "utf8")) as { origin: string; cookies: Cookie[] };
    if (saved.origin === origin) {
      await page.context().addCookies(saved.cookies);
      await page.goto(`${origin}/dashboard`);
      if (new URL(page.url()).pathname === "/dashboard") return;
      await page.context().clearCookies();
    }
  }
  await page.goto(`${origin}/login`);
  await submitDemoLogin(page, options);
  writeFileSync(cache, JSON.stringify({ origin, cookies: await page.context().cookies(origin) }));
}
