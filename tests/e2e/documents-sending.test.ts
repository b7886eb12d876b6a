import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { codeIn, waitForEmail, type ReceivedEmail } from "./support/resend-stand-in";

// Issue 6's whole path in a real browser against the production build, with email going
// through the real Resend SDK to the local stand-in: send a quote → the client opens the link
// of the email in a fresh browser (no session) → accepts it → the quote is ACCEPTED → convert
// → issue → send the invoice → open its link → download the PDF.

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

const toast = (page: Page, text: string) => page.getByRole("listitem").filter({ hasText: text }).first();
const status = (page: Page) => page.locator("h1 + span").first();

async function confirm(page: Page, opener: string, confirmLabel = opener) {
  await page.getByRole("button", { name: opener, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: confirmLabel, exact: true }).click();
}

/** "Envoyer par e-mail" with the prefilled recipients, subject and message. */
async function sendByEmail(page: Page) {
  await page.getByRole("button", { name: "Envoyer par e-mail", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Envoyer", exact: true }).click();
  await toast(page, "E-mail envoyé au client.").waitFor();
}

/** The public link of an email (text body). */
function linkIn(email: ReceivedEmail): string {
  const match = /https?:\/\/\S+\/p\/[A-Za-z0-9_-]+/.exec(email.text);
  if (!match) throw new Error(`no public link in: ${email.text}`);
  return match[0];
}

describe("sending, public links and online acceptance (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends a quote the client accepts online, then the invoice whose PDF the client downloads", async () => {
    const suffix = randomUUID().slice(0, 8);
    const owner = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    const page = await owner.newPage();
    await signUp(page, `owner-${suffix}@example.test`, `Atelier ${suffix}`);

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

    const clientName = `Fromagerie ${suffix}`;
    const clientEmail = `achats-${suffix}@example.test`;
    await page.goto(`${baseUrl()}/clients/new`);
    await page.getByLabel("Raison sociale").fill(clientName);
    const billing = page.getByRole("group", { name: "Adresse de facturation" });
    await billing.getByLabel("Adresse", { exact: true }).fill("3 place du Marché");
    await billing.getByLabel("Code postal").fill("75011");
    await billing.getByLabel("Ville").fill("Paris");
    // A French business client's SIREN is a mandatory mention of its invoices.
    await page.getByLabel("SIREN (9 chiffres)").fill("552120222");
    await page.getByLabel("E-mail 1", { exact: true }).fill(clientEmail);
    await page.getByRole("button", { name: "Créer le client" }).click();
    await page.getByRole("heading", { level: 1, name: clientName }).waitFor();

    // 1. A quote, sent by email: numbered, SENT, PDF attached and a public link in the body.
    await page.goto(`${baseUrl()}/quotes/new`);
    await page.getByRole("combobox", { name: "Client" }).fill(clientName.slice(0, 6));
    await page
      .getByRole("listbox", { name: "Client" })
      .getByRole("option", { name: new RegExp(clientName) })
      .click();
    const line = page.getByRole("group", { name: "Ligne 1" });
    await line.getByLabel("Désignation").fill("Plateau de dégustation");
    await line.getByLabel("Quantité").fill("4");
    await line.getByLabel("Prix unitaire HT").fill("250");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/quotes\/(?!new)[^/?]+$/);
    const quoteUrl = page.url();
    await sendByEmail(page);
    expect(await status(page).innerText()).toBe("Envoyé");
    const quoteEmail = await waitForEmail(mailboxFile(), clientEmail, 1);
    expect(quoteEmail.attachments?.[0]?.filename).toMatch(/^D-\d{4}-\d{5}\.pdf$/);
    expect(Buffer.from(quoteEmail.attachments![0]!.content, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const quoteLink = linkIn(quoteEmail);

    // 2. The client, in a browser that never signed in, opens the link and accepts.
    const clientContext = await browser.newContext({ locale: "fr-FR" });
    const client = await clientContext.newPage();
    const response = await client.goto(quoteLink);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    await client.getByText("Plateau de dégustation").first().waitFor();
    await client.getByLabel("Nom et prénom").fill("Camille Client");
    await client.getByLabel("J'accepte les conditions de ce devis").check();
    await client.getByRole("button", { name: "Accepter le devis" }).click();
    await client.getByText(/Devis accepté le .* par Camille Client\./).waitFor();
    await screenshot(client, "sending-01-quote-accepted-by-client");
    // Answering twice is refused: the form is gone, the answer is shown.
    await client.reload();
    expect(await client.getByRole("button", { name: "Accepter le devis" }).count()).toBe(0);

    // 3. The organization sees it accepted (and was told by email).
    await page.goto(quoteUrl);
    expect(await status(page).innerText()).toBe("Accepté");
    await waitForEmail(mailboxFile(), `owner-${suffix}@example.test`, 2);

    // 4. Converted, issued and sent: the client opens the invoice's link and downloads its PDF.
    await confirm(page, "Créer la facture");
    await page.waitForURL(/\/invoices\/[^/?]+/);
    await confirm(page, "Émettre");
    await toast(page, "Document émis : son numéro lui est attribué.").waitFor();
    await sendByEmail(page);
    const invoiceEmail = await waitForEmail(mailboxFile(), clientEmail, 2);
    const invoiceNumber = /F-\d{4}-\d{5}/.exec(invoiceEmail.attachments?.[0]?.filename ?? "")?.[0];
    expect(invoiceNumber).toBeDefined();
    await screenshot(page, "sending-02-invoice-sent");

    const fresh = await (await browser.newContext({ locale: "fr-FR", acceptDownloads: true })).newPage();
    await fresh.goto(linkIn(invoiceEmail));
    await fresh.getByText(invoiceNumber!).first().waitFor();
    const [download] = await Promise.all([
      fresh.waitForEvent("download"),
      fresh.getByRole("link", { name: "Télécharger le PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // The very bytes attached to the email.
    expect(bytes.equals(Buffer.from(invoiceEmail.attachments![0]!.content, "base64"))).toBe(true);
    await screenshot(fresh, "sending-03-public-invoice");

    // A guessed link is the plain 404.
    const guessed = await fresh.goto(`${baseUrl()}/p/${randomUUID().replace(/-/g, "")}`);
    expect(guessed?.status()).toBe(404);
    await owner.close();
    await clientContext.close();
  });
});
