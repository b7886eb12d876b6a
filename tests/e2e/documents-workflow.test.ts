import { randomUUID } from "node:crypto";
import type { Browser, Locator, Page } from "playwright-core";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { codeIn, waitForEmail } from "./support/resend-stand-in";

const PASSWORD = "Solide-mot-de-passe-2026";

async function signUp(page: Page, email: string, organization: string) {
  await page.goto(`${baseUrl()}/signup`);
  await page.getByLabel("Votre nom").fill("Olivia Owner");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Nom de votre entreprise").fill(organization);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL("**/login/verify");
  await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailboxFile(), email, 1)));
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

/** A toast (sonner) with exactly this text. */
function toast(page: Page, text: string) {
  return page.getByRole("listitem").filter({ hasText: text }).first();
}

/** The status badge next to the document's title. */
function status(page: Page): Locator {
  return page.locator("h1 + span").first();
}

async function confirm(page: Page, opener: string, confirmLabel = opener) {
  await page.getByRole("button", { name: opener, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: confirmLabel, exact: true }).click();
}

async function fillLine(
  page: Page,
  n: number,
  line: { description: string; quantity: string; price: string; vat?: string },
) {
  const group = page.getByRole("group", { name: `Ligne ${n}` });
  await group.getByLabel("Désignation").fill(line.description);
  await group.getByLabel("Quantité").fill(line.quantity);
  await group.getByLabel("Prix unitaire HT").fill(line.price);
  if (line.vat) await group.getByLabel("TVA").selectOption(line.vat);
}

async function pickClient(page: Page, name: string) {
  await page.getByRole("combobox", { name: "Client" }).fill(name.slice(0, 6));
  await page
    .getByRole("listbox", { name: "Client" })
    .getByRole("option", { name: new RegExp(name) })
    .click();
}

/** Records a payment (the amount left by default) and waits for the status it leads to. */
async function recordPayment(page: Page, expectedStatus: string, amount?: string) {
  await page.getByRole("button", { name: "Enregistrer un règlement" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouveau règlement" });
  if (amount) await dialog.getByLabel("Montant").fill(amount);
  await dialog.getByRole("button", { name: "Enregistrer le règlement" }).click();
  await toast(page, "Règlement enregistré.").waitFor();
  await page.locator("h1 + span", { hasText: new RegExp(`^${expectedStatus}$`) }).waitFor();
}

describe("quote → deposit → final invoice → payments, and a credit note (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("runs the whole document workflow as a new user would", async () => {
    const suffix = randomUUID().slice(0, 8);
    const email = `owner-${suffix}@example.test`;
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signUp(page, email, `Atelier ${suffix}`);

    // The legal identity an invoice needs before it can be issued.
    await page.goto(`${baseUrl()}/settings/organization`);
    const identity = page.getByRole("group", { name: "Identité" });
    await identity.getByLabel("Raison sociale ou nom *").fill(`Atelier ${suffix} SAS`);
    await identity.getByLabel("Forme juridique").selectOption("SAS");
    await identity.getByLabel("Capital social (€) *").fill("10 000");
    const address = page.getByRole("group", { name: "Adresse du siège" });
    await address.getByLabel("Adresse *").fill("12 rue des Artisans");
    await address.getByLabel("Code postal *").fill("69003");
    await address.getByLabel("Ville *").fill("Lyon");
    await page.getByRole("group", { name: "Immatriculation" }).getByLabel("SIREN", { exact: true }).fill("732829320");
    // A VAT-registered seller states its VAT number: an invoice is not issued without it.
    await page
      .getByRole("group", { name: "TVA", exact: true })
      .getByRole("button", { name: "Calculer depuis le SIREN" })
      .click();
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await toast(page, "Paramètres enregistrés.").waitFor();

    // A client.
    const clientName = `Boulangerie ${suffix}`;
    await page.goto(`${baseUrl()}/clients/new`);
    await page.getByLabel("Raison sociale").fill(clientName);
    const billing = page.getByRole("group", { name: "Adresse de facturation" });
    await billing.getByLabel("Adresse", { exact: true }).fill("3 place du Marché");
    await billing.getByLabel("Code postal").fill("75011");
    await billing.getByLabel("Ville").fill("Paris");
    // A French business client's SIREN is a mandatory mention of its invoices.
    await page.getByLabel("SIREN (9 chiffres)").fill("552120222");
    await page.getByLabel("E-mail 1", { exact: true }).fill(`compta-${suffix}@example.test`);
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: clientName }).waitFor();

    // 1. A quote with 3 lines at 2 VAT rates; the live totals are the server's.
    await page.goto(`${baseUrl()}/quotes/new`);
    await pickClient(page, clientName);
    await fillLine(page, 1, { description: "Développement", quantity: "3", price: "1000" });
    await page.getByRole("button", { name: "Ajouter une ligne" }).click();
    await fillLine(page, 2, { description: "Livres", quantity: "2", price: "25,50", vat: "550" });
    // Ctrl + Enter adds a line after the current one and focuses it.
    await page.getByRole("group", { name: "Ligne 2" }).getByLabel("Désignation").focus();
    await page.keyboard.press("Control+Enter");
    await fillLine(page, 3, { description: "Mise en ligne", quantity: "1", price: "300" });
    await page.getByText("Modifications non enregistrées").waitFor();
    // 3,300.00 at 20 % (VAT 660.00) + 51.00 at 5.5 % (VAT 2.81) = 4,013.81.
    expect(await page.getByTestId("total-excl-vat").innerText()).toMatch(/3\s351,00\s€/);
    expect(await page.getByTestId("total-vat").innerText()).toMatch(/662,81\s€/);
    expect(await page.getByTestId("total-incl-vat").innerText()).toMatch(/4\s013,81\s€/);
    await screenshot(page, "documents-01-quote-editor");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/quotes\/(?!new)[^/?]+$/);
    const quoteUrl = page.url();
    expect(await status(page).innerText()).toBe("Brouillon");

    // 2. Sent (numbered), then accepted.
    await confirm(page, "Marquer comme envoyé");
    await toast(page, "Devis marqué comme envoyé.").waitFor();
    expect(await status(page).innerText()).toBe("Envoyé");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toMatch(/^Devis \S+/);
    await page.getByRole("button", { name: "Marquer comme accepté" }).click();
    await toast(page, "Devis accepté.").waitFor();
    expect(await status(page).innerText()).toBe("Accepté");

    // 3. A 30 % deposit invoice, issued and paid.
    await page.getByRole("button", { name: "Facture d'acompte" }).click();
    const deposit = page.getByRole("dialog", { name: "Créer une facture d'acompte" });
    await deposit.getByLabel("Pourcentage (par exemple 30)").fill("30");
    await deposit.getByRole("button", { name: "Créer la facture d'acompte" }).click();
    await page.waitForURL(/\/invoices\/[^/?]+/);
    await page.getByRole("heading", { level: 1, name: /Facture d'acompte/ }).waitFor();
    await confirm(page, "Émettre");
    await toast(page, "Document émis : son numéro lui est attribué.").waitFor();
    expect(await page.getByTestId("total-incl-vat").innerText()).toMatch(/1\s204,14\s€/);
    await recordPayment(page, "Payée");
    await screenshot(page, "documents-02-deposit-paid");

    // 4. The final invoice deducts the deposit; issued, then paid in two payments.
    await page.goto(quoteUrl);
    await confirm(page, "Créer la facture");
    await page.waitForURL(/\/invoices\/[^/?]+/);
    await page.getByText("Acompte", { exact: false }).first().waitFor();
    await page.getByRole("link", { name: "Modifier" }).click();
    await page.waitForURL(/\/edit$/);
    // The deduction is counted in the editor's totals, as the server counts it.
    const editorTotal = await page.getByTestId("total-incl-vat").innerText();
    await page.getByLabel("Objet (facultatif)").fill("Solde du projet");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/invoices\/[^/?]+$/);
    expect(await page.getByTestId("total-incl-vat").innerText()).toBe(editorTotal);
    await confirm(page, "Émettre");
    await toast(page, "Document émis : son numéro lui est attribué.").waitFor();
    expect(await status(page).innerText()).toBe("Émise");
    await recordPayment(page, "Partiellement payée", "500");
    await recordPayment(page, "Payée");
    expect(await page.getByTestId("invoice-balance").innerText()).toMatch(/0,00\s€/);
    await screenshot(page, "documents-03-final-paid");
    await page.goto(quoteUrl);
    expect(await status(page).innerText()).toBe("Facturé");

    // 5. Another invoice, issued, then cancelled by a full credit note.
    await page.goto(`${baseUrl()}/invoices/new`);
    await pickClient(page, clientName);
    await fillLine(page, 1, { description: "Audit", quantity: "1", price: "1000" });
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/invoices\/(?!new)[^/?]+$/);
    const invoiceUrl = page.url();
    await confirm(page, "Émettre");
    await toast(page, "Document émis : son numéro lui est attribué.").waitFor();
    await page.getByRole("button", { name: "Créer un avoir" }).click();
    await page.getByRole("dialog", { name: "Créer un avoir" }).getByRole("button", { name: "Créer l'avoir" }).click();
    await page.waitForURL(/\/credit-notes\/[^/?]+/);
    await confirm(page, "Émettre");
    await toast(page, "Avoir émis : il est déduit de la facture.").waitFor();
    expect(await status(page).innerText()).toBe("Émis");
    await page.goto(invoiceUrl);
    expect(await status(page).innerText()).toBe("Annulée");
    await screenshot(page, "documents-04-invoice-cancelled");

    // The lists and the client's page agree.
    await page.goto(`${baseUrl()}/invoices?status=PAID`);
    expect(await page.getByRole("table", { name: "Factures" }).getByRole("row").count()).toBe(2 + 2); // header, 2 paid, totals
    await page.goto(`${baseUrl()}/payments`);
    expect(await page.getByTestId("selection-total-received").innerText()).toMatch(/4\s013,8\d\s€/);
    await context.close();
  });
});
