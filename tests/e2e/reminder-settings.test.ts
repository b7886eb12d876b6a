import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "./support/axe";
import { baseUrl, launchBrowser, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// Settings → Reminders in a real browser (production build), as the demo organization's owner:
// reached from the settings index, on with the default steps as the demo seed leaves them; bad
// steps are refused on their field before anything is sent; a valid form is saved (toast) and is
// what the page shows after a reload.

describe("reminder settings (production build, real browser)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await logInAsDemo(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is reached from the settings, refuses bad steps on their field, saves and shows the saved settings", async () => {
    await page.goto(`${baseUrl()}/settings`);
    await page.getByRole("link", { name: /Relances automatiques/ }).click();
    await page.waitForURL("**/settings/reminders");
    const enabled = page.getByRole("checkbox", { name: "Envoyer automatiquement les relances de paiement" });
    // The test server starts with the demo's reminders off (tests/e2e/support/server.ts).
    expect(await enabled.isChecked()).toBe(false);
    expect(await page.getByRole("textbox", { name: "Jours après l'échéance" }).inputValue()).toBe("7, 15, 30");
    await enabled.check();
    // The in-app scheduler may already have run the demo's day (after 9 h in Paris).
    await page
      .getByText(/^(Aucun envoi automatique pour l'instant\.|Dernier envoi automatique : |Envoi automatique du )/)
      .waitFor();
    expect(await blockingViolations(page, "/settings/reminders")).toEqual([]);

    const steps = page.getByRole("textbox", { name: "Jours après l'échéance" });
    await steps.fill("0, 15");
    await page.getByRole("button", { name: "Enregistrer les relances" }).click();
    await page.getByText("Chaque étape est un nombre entier de jours, de 1 à 365.").waitFor();
    expect(await steps.getAttribute("aria-invalid")).toBe("true");

    await steps.fill("20, 5");
    await page.getByRole("combobox", { name: "Heure d'envoi" }).selectOption("8");
    await page.getByRole("combobox", { name: "Fuseau horaire" }).selectOption("America/New_York");
    await page.getByRole("textbox", { name: "Objet (français)" }).fill("Rappel {number} : reste {balance}");
    await page.getByRole("button", { name: "Enregistrer les relances" }).click();
    await page.getByText("Réglages des relances enregistrés.").waitFor();
    await screenshot(page, "reminder-settings-saved");

    await page.reload();
    expect(
      await page.getByRole("checkbox", { name: "Envoyer automatiquement les relances de paiement" }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole("textbox", { name: "Jours après l'échéance" }).inputValue()).toBe("5, 20");
    expect(await page.getByRole("combobox", { name: "Heure d'envoi" }).inputValue()).toBe("8");
    expect(await page.getByRole("combobox", { name: "Fuseau horaire" }).inputValue()).toBe("America/New_York");
    expect(await page.getByRole("textbox", { name: "Objet (français)" }).inputValue()).toBe(
      "Rappel {number} : reste {balance}",
    );
    // The empty message shows the built-in text as its placeholder.
    expect(await page.getByRole("textbox", { name: "Message (français)" }).getAttribute("placeholder")).toContain(
      "Sauf erreur de notre part",
    );

    // Off at the end: the other tests of this server's demo organization meet no automatic reminder.
    await page.getByRole("checkbox", { name: "Envoyer automatiquement les relances de paiement" }).uncheck();
    await page.getByRole("button", { name: "Enregistrer les relances" }).click();
    await page.getByText("Réglages des relances enregistrés.").waitFor();
    await page.reload();
    expect(
      await page.getByRole("checkbox", { name: "Envoyer automatiquement les relances de paiement" }).isChecked(),
    ).toBe(false);
  });
});
