import type { Page } from "playwright-core";
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

export async function logInAsDemo(
  page: Page,
  { origin = baseUrl(), ...options }: LoginOptions & { origin?: string } = {},
): Promise<void> {
  await page.goto(`${origin}/login`);
  await submitDemoLogin(page, options);
}
