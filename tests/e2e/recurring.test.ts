import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page } from "playwright-core";
import { blockingViolations } from "./support/axe";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";
import { readMailbox, waitForEmail } from "./support/resend-stand-in";

// Issue 13's recurring invoices in a real browser against the production build: the demo user
// creates a monthly profile for a demo client that issues and emails each invoice — bad input
// first (N = 0, an end before the start: field errors, nothing lost, nothing saved), then a
// valid one — generates the first invoice at once ("Générer maintenant"), finds it numbered in
// the profile's history and opens it; the email with the PDF reaches the client's address
// through the Resend stand-in. axe on the list and the form at a desktop and a phone width.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const toast = (page: Page, text: string) => page.getByRole("listitem").filter({ hasText: text }).first();

async function pickClient(page: Page, name: string) {
  await page.getByRole("combobox", { name: "Client" }).fill(name.slice(0, 6));
  await page
    .getByRole("listbox", { name: "Client" })
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
}

/**
 * Ticks a radio or checkbox seen in the middle of the screen: at the bottom edge the editor's
 * sticky save bar lies over it (Playwright's scrolling stops there and the click hits the bar).
 */
async function check(control: Locator) {
  await control.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await control.check();
}

/** The day before `day` ("YYYY-MM-DD"). */
function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

describe("recurring invoices (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function axe(page: Page, label: string, violations: string[]) {
    const found = await blockingViolations(page, label);
    if (found.length > 0) await screenshot(page, `a11y-recurring-${page.viewportSize()?.width}-${label}`);
    violations.push(...found);
  }

  it("creates a monthly profile that issues and emails, generates its first invoice now, edits, pauses, resumes and ends it", async () => {
    const suffix = randomUUID().slice(0, 8);
    const name = `Maintenance ${suffix}`;
    const page = await (await browser.newContext({ locale: "fr-FR", viewport: DESKTOP })).newPage();
    await logInAsDemo(page);
    const violations: string[] = [];

    // A demo client and its address (its page lists it as a mailto link).
    await page.goto(`${baseUrl()}/clients`);
    await page.locator("main tbody a[href^='/clients/']").first().click();
    await page.waitForURL(/\/clients\/[^/]+$/);
    const clientName = (await page.locator("h1").first().textContent())!.trim();
    const clientEmail = (await page.locator("main a[href^='mailto:']").first().getAttribute("href"))!.slice(7);

    // The entry of the navigation, then the empty state or the list's call to action.
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole("link", { name: "Factures récurrentes" }).first().click();
    await page.waitForURL("**/recurring");
    await page.getByRole("link", { name: "Nouvelle facture récurrente" }).first().click();
    await page.waitForURL("**/recurring/new");
    await axe(page, "form", violations);

    // Bad input first: every 0 months, ending the day before it starts.
    await pickClient(page, clientName);
    await page.getByLabel("Nom de la facture récurrente").fill(name);
    expect(await page.getByLabel("Fréquence").inputValue()).toBe("MONTHLY");
    await page.getByLabel("Intervalle").fill("0");
    // Leaving the field shows its error at once, which moves what is below it: leave it before
    // clicking further down (a click whose press and release land on different elements is lost).
    await page.getByLabel("Intervalle").blur();
    await page.getByText(/Un intervalle d'au moins 1/).waitFor();
    const startDate = await page.getByLabel("Date de début").inputValue();
    expect(startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await check(page.getByRole("radio", { name: "À une date" }));
    await page.getByLabel("Date de fin").fill(dayBefore(startDate));
    await page.getByLabel("Date de fin").blur();
    await page.getByText("La date de fin ne peut pas précéder la date de début.").waitFor();
    await check(page.getByRole("radio", { name: "Émettre la facture automatiquement" }));
    await check(page.getByLabel("Envoyer la facture par e-mail au client"));
    // The client's address is offered, and ticked, as the recipient.
    const recipient = page.getByRole("checkbox", { name: clientEmail });
    await recipient.waitFor();
    expect(await recipient.isChecked()).toBe(true);
    const line = page.getByRole("group", { name: "Ligne 1" });
    await line.getByLabel("Désignation").fill("Maintenance du site");
    await line.getByLabel("Quantité").fill("1");
    await line.getByLabel("Prix unitaire HT").fill("150,00");
    // The preview needs a valid calendar: none while N = 0.
    await page.getByText("Complétez la fréquence et les dates pour voir les prochaines échéances.").waitFor();

    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("La date de fin ne peut pas précéder la date de début.").waitFor();
    expect(await page.getByLabel("Intervalle").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Date de fin").getAttribute("aria-invalid")).toBe("true");
    // Nothing saved, nothing lost.
    expect(new URL(page.url()).pathname).toBe("/recurring/new");
    expect(await page.getByLabel("Nom de la facture récurrente").inputValue()).toBe(name);
    expect(await line.getByLabel("Prix unitaire HT").inputValue()).toBe("150,00");
    await axe(page, "form-errors", violations);

    // Fixed: every month, never ending; the preview shows the next five dates.
    await page.getByLabel("Intervalle").fill("1");
    await page.getByLabel("Intervalle").blur();
    await check(page.getByRole("radio", { name: "Jamais" }));
    const preview = page.getByRole("region", { name: "Prochaines échéances" });
    await preview.getByRole("listitem").nth(4).waitFor();
    expect(await preview.getByRole("listitem").count()).toBe(5);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.waitForURL(/\/recurring\/(?!new$)[^/]+$/);
    const profileUrl = page.url();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    expect(await page.locator("h1 + span").first().textContent()).toBe("Active");
    await page
      .getByText(/^Chaque mois, le \d+$/)
      .first()
      .waitFor();
    expect(await page.getByRole("region", { name: "Prochaines échéances" }).getByRole("listitem").count()).toBe(5);

    // Generate now: the invoice is issued, numbered and in the history.
    const emailsBefore = readMailbox(mailboxFile()).filter((email) => email.to.includes(clientEmail)).length;
    await page.getByRole("button", { name: "Générer maintenant", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Générer", exact: true }).click();
    await toast(page, "Facture créée").waitFor();
    const history = page.getByRole("region", { name: "Factures créées" });
    const invoiceLink = history.getByRole("link", { name: /^Ouvrir Facture / });
    await invoiceLink.first().waitFor();
    const number = (await invoiceLink.first().textContent())!.trim();
    expect(number).not.toMatch(/brouillon/i);
    expect(number.length).toBeGreaterThan(0);
    expect(await history.getByText("Émise").count()).toBeGreaterThan(0);

    // For a look (test-results/e2e/): the profile page with its history.
    await screenshot(page, "recurring-profile-desktop");
    await invoiceLink.first().click();
    await page.waitForURL(/\/invoices\/[^/]+$/);
    await page.getByRole("heading", { level: 1, name: `Facture ${number}` }).waitFor();

    // The list shows the profile with its frequency in words and one invoice made.
    await page.goto(`${baseUrl()}/recurring?q=${encodeURIComponent(suffix)}`);
    const row = page.getByRole("row").filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByText("Chaque mois", { exact: false }).count()).toBeGreaterThan(0);
    await axe(page, "list", violations);

    // The email with the invoice's PDF, to the client's address (sent by the app's job workers).
    const email = await waitForEmail(mailboxFile(), clientEmail, emailsBefore + 1, 30_000);
    expect(email.subject).toContain(number);
    expect(email.attachments?.some((file) => file.filename.endsWith(".pdf"))).toBe(true);

    // The edit form loads what was saved (the lines as typed); a new name is saved over it.
    await page.goto(profileUrl);
    await page.getByRole("link", { name: "Modifier", exact: true }).click();
    await page.waitForURL(/\/edit$/);
    const editUrl = page.url();
    expect(await page.getByLabel("Nom de la facture récurrente").inputValue()).toBe(name);
    const savedLine = page.getByRole("group", { name: "Ligne 1" });
    expect(await savedLine.getByLabel("Désignation").inputValue()).toBe("Maintenance du site");
    expect(await savedLine.getByLabel("Prix unitaire HT").inputValue()).toBe("150,00");
    expect(await page.getByRole("checkbox", { name: clientEmail }).isChecked()).toBe(true);
    await page.getByLabel("Nom de la facture récurrente").fill(`${name} v2`);
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.waitForURL(profileUrl);
    await page.getByRole("heading", { level: 1, name: `${name} v2` }).waitFor();

    // The phone width: list, form, edit form and profile page.
    const phone = await (await browser.newContext({ locale: "fr-FR", viewport: PHONE })).newPage();
    await phone.context().addCookies(await page.context().cookies());
    for (const [path, label] of [
      ["/recurring", "list"],
      ["/recurring/new", "form"],
      [new URL(profileUrl).pathname, "profile"],
      [new URL(editUrl).pathname, "edit"],
    ] as const) {
      await phone.goto(`${baseUrl()}${path}`);
      await phone.waitForLoadState("load");
      const extra = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (extra > 0) violations.push(`${path} @390px: ${extra} px too wide`);
      await axe(phone, label, violations);
      await screenshot(phone, `recurring-${label}-phone`);
    }

    // Pause, resume, then end (asked first): the status follows, and an ended profile has no actions left.
    await page.goto(profileUrl);
    const badge = page.locator("h1 + span").first();
    await page.getByRole("button", { name: "Mettre en pause", exact: true }).click();
    await page.locator("h1 + span", { hasText: /^En pause$/ }).waitFor();
    expect(await page.getByRole("button", { name: "Générer maintenant" }).count()).toBe(0);
    await page.getByRole("button", { name: "Reprendre", exact: true }).click();
    await page.locator("h1 + span", { hasText: /^Active$/ }).waitFor();
    await page.getByRole("button", { name: "Terminer", exact: true }).click();
    await page
      .getByRole("dialog", { name: "Terminer cette facture récurrente ?" })
      .getByRole("button", { name: "Terminer" })
      .click();
    await page.locator("h1 + span", { hasText: /^Terminée$/ }).waitFor();
    expect(await badge.textContent()).toBe("Terminée");
    expect(await page.getByRole("button", { name: "Mettre en pause" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Modifier", exact: true }).count()).toBe(0);
    await page.getByText("Aucune échéance à venir tant que la facture récurrente n'est pas active.").waitFor();

    // The list's search and status filter find it among the ended ones only.
    await page.goto(`${baseUrl()}/recurring`);
    await page.getByLabel("Rechercher par nom ou client").fill(suffix);
    await page.getByLabel("État").selectOption("ENDED");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/status=ENDED/);
    await page
      .getByRole("row")
      .filter({ hasText: `${name} v2` })
      .waitFor();
    await page.getByLabel("État").selectOption("ACTIVE");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/status=ACTIVE/);
    await page.getByRole("heading", { name: "Aucun résultat" }).waitFor();

    expect(violations).toEqual([]);
  }, 180_000);
});
