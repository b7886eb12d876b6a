import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { codeIn, waitForEmail } from "./support/resend-stand-in";

const PASSWORD = "Solide-mot-de-passe-2026";

async function enterCode(page: Page, email: string, nth: number) {
  await page.waitForURL("**/login/verify");
  const code = codeIn(await waitForEmail(mailboxFile(), email, nth));
  await page.getByLabel("Code à 6 chiffres").fill(code);
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

describe("accounts: sign-up, emailed code, logout, login (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("signs up, verifies the code, logs out for good, logs in again with password + code", async () => {
    const email = `lea-${randomUUID().slice(0, 8)}@example.test`;
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/signup`);
    await page.getByLabel("Votre nom").fill("Léa Martin");
    await page.getByLabel("Adresse e-mail professionnelle").fill(email);
    const password = page.getByLabel("Mot de passe", { exact: true });
    await password.fill("court");
    expect(await page.locator('[data-rule="length"]').getAttribute("data-met")).toBe("false");
    await password.fill(PASSWORD);
    expect(await page.locator('[data-rule="length"]').getAttribute("data-met")).toBe("true");
    await page.getByLabel("Nom de votre entreprise").fill("Atelier Martin");
    await screenshot(page, "signup");
    await page.getByRole("button", { name: "Créer mon compte" }).click();

    await enterCode(page, email, 1);
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    expect(await page.getByTestId("active-organization").first().textContent()).toBe("Atelier Martin");
    await screenshot(page, "dashboard-after-signup");

    // Logout revokes the server-side session: the old cookie, replayed, opens nothing.
    const cookiesBefore = await context.cookies();
    expect(cookiesBefore.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await page.waitForURL("**/login");
    const replay = await browser.newContext({ locale: "fr-FR" });
    await replay.addCookies(cookiesBefore);
    const replayPage = await replay.newPage();
    await replayPage.goto(`${baseUrl()}/dashboard`);
    expect(new URL(replayPage.url()).pathname).toBe("/login");
    await replay.close();

    // A wrong password: a clear message, and the email stays in the field.
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("pas-le-bon-1");
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByTestId("form-alert").filter({ hasText: "E-mail ou mot de passe incorrect." }).waitFor();
    expect(await page.getByLabel("Adresse e-mail").inputValue()).toBe(email);

    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Continuer" }).click();
    // A wrong code first: the field says so and nothing is lost.
    await page.waitForURL("**/login/verify");
    const code = codeIn(await waitForEmail(mailboxFile(), email, 2));
    await page.getByLabel("Code à 6 chiffres").fill(code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Valider" }).click();
    await page.getByTestId("form-alert").filter({ hasText: "Code incorrect" }).waitFor();
    await page.getByLabel("Code à 6 chiffres").fill(code);
    await page.getByRole("button", { name: "Valider" }).click();
    await page.waitForURL("**/dashboard");

    // Not a platform admin: /admin is refused.
    const admin = await page.goto(`${baseUrl()}/admin`);
    expect(admin?.status()).toBe(403);
    // The platform's administration, said as such (not the organization's).
    await page.getByRole("heading", { name: "Administration de la plateforme" }).waitFor();
    await context.close();
  });

  it("keeps the app usable on a phone once signed in (menu, sections, logout)", async () => {
    const email = `mobile-${randomUUID().slice(0, 8)}@example.test`;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/signup`);
    await page.getByLabel("Your name").fill("Sam Phone");
    await page.getByLabel("Work email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Your business name").fill("Phone Shop");
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.waitForURL("**/login/verify");
    await page.getByLabel("6-digit code").fill(codeIn(await waitForEmail(mailboxFile(), email, 1)));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL("**/dashboard");

    const nav = page.getByRole("navigation", { name: "Main navigation" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Open menu" }).click();
    await nav.getByRole("link", { name: "Clients" }).click();
    await page.waitForURL("**/clients");
    await page.getByRole("region", { name: "No clients" }).waitFor();
    await screenshot(page, "clients-mobile");
    await page.getByRole("button", { name: "Open menu" }).click();
    await nav.getByRole("button", { name: "Log out" }).click();
    await page.waitForURL("**/login");
    await context.close();
  });
});
