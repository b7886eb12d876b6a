import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "./support/axe";
import { baseUrl, launchBrowser, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// The document editor's lines in a real browser: on a 1280 px screen each line is one compact
// row (a 20-line quote fits on a screen), walked left to right with Tab, its details folding
// out from the keyboard; on a 390 px phone the same line is a card no wider than the screen.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Most a collapsed line may take at 1280 px (it took ~170 px as a card). */
const MAX_LINE_HEIGHT = 56;

const line = (page: Page, n: number) => page.getByRole("group", { name: `Ligne ${n}`, exact: true });

async function box(page: Page, n: number) {
  const found = await line(page, n).boundingBox();
  if (!found) throw new Error(`Ligne ${n} is not displayed`);
  return found;
}

async function extraWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe("the line editor (production build, real browser)", () => {
  let browser: Browser;
  let desktop: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    desktop = await (await browser.newContext({ locale: "fr-FR", viewport: DESKTOP })).newPage();
    await logInAsDemo(desktop);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("at 1280 px, 20 lines added from the keyboard are compact rows: ≤ 56 px each, 20 in ≈ 1100 px", async () => {
    await desktop.goto(`${baseUrl()}/quotes/new`);
    await line(desktop, 1).getByLabel("Désignation").fill("Ligne numéro 1");
    for (let n = 2; n <= 20; n += 1) {
      // Ctrl + Enter adds a line after the focused one and focuses its article search.
      await desktop.keyboard.press("Control+Enter");
      await line(desktop, n).getByRole("combobox", { name: "Article du catalogue" }).waitFor();
      await desktop.keyboard.press("Tab");
      await desktop.keyboard.type(`Ligne numéro ${n}`);
    }
    expect(await desktop.getByRole("group", { name: /^Ligne \d+$/ }).count()).toBe(20);
    await screenshot(desktop, "line-editor-desktop-20-lines");

    const heights: number[] = [];
    for (let n = 1; n <= 20; n += 1) heights.push(Math.round((await box(desktop, n)).height));
    expect(heights.filter((height) => height > MAX_LINE_HEIGHT)).toEqual([]);
    const first = await box(desktop, 1);
    const last = await box(desktop, 20);
    expect(last.y + last.height - first.y).toBeLessThanOrEqual(20 * MAX_LINE_HEIGHT);
    // One row: every field of a line on the same line of the screen.
    const row = line(desktop, 20);
    const fields = [
      row.getByRole("combobox", { name: "Article du catalogue" }),
      ...["Désignation", "Quantité", "Unité", "Prix unitaire HT", "TVA", "Remise"].map((label) =>
        row.getByLabel(label, { exact: true }),
      ),
    ];
    const tops = await Promise.all(fields.map(async (field) => (await field.boundingBox())!.y));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    expect(await extraWidth(desktop)).toBeLessThanOrEqual(0);
  }, 180_000);

  it("at 1280 px, Tab walks a row left to right and the details fold out and back from the keyboard", async () => {
    await desktop.goto(`${baseUrl()}/quotes/new`);
    await line(desktop, 1).getByRole("combobox", { name: "Article du catalogue" }).focus();
    const visited: { name: string; x: number; y: number }[] = [];
    for (let step = 0; step < 7; step += 1) {
      await desktop.keyboard.press("Tab");
      visited.push(
        await desktop.evaluate(() => {
          const focused = document.activeElement as HTMLInputElement;
          const rect = focused.getBoundingClientRect();
          return {
            name: focused.getAttribute("aria-label") ?? focused.labels?.[0]?.textContent ?? "",
            x: rect.x,
            y: rect.y,
          };
        }),
      );
    }
    expect(visited.map((field) => field.name)).toEqual([
      "Désignation",
      "Quantité",
      "Unité",
      "Prix unitaire HT",
      "TVA",
      "Remise",
      "Détails de la ligne 1",
    ]);
    for (let index = 1; index < visited.length; index += 1) {
      expect(visited[index]!.x).toBeGreaterThan(visited[index - 1]!.x);
    }

    // The details button has the focus: Enter opens them, Tab enters them, Space closes them.
    const collapsed = (await box(desktop, 1)).height;
    const toggle = line(desktop, 1).getByRole("button", { name: "Détails de la ligne 1" });
    await desktop.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await desktop.keyboard.press("Tab");
    const long = line(desktop, 1).getByLabel("Description détaillée");
    expect(await long.evaluate((element) => element === document.activeElement)).toBe(true);
    await desktop.keyboard.type("Deux jours sur site");
    expect((await box(desktop, 1)).height).toBeGreaterThan(collapsed);
    await screenshot(desktop, "line-editor-desktop-details");
    // Rows, hidden labels, column headers and open details: nothing axe-core calls serious.
    expect(await blockingViolations(desktop, "editor with details open")).toEqual([]);
    await toggle.focus();
    await desktop.keyboard.press(" ");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await long.isVisible()).toBe(false);
    expect((await box(desktop, 1)).height).toBe(collapsed);
  }, 60_000);

  it("at 390 px, a line is a card of labelled fields no wider than the screen", async () => {
    const phone = await (await browser.newContext({ locale: "fr-FR", viewport: PHONE })).newPage();
    await phone.context().addCookies(await desktop.context().cookies());
    await phone.goto(`${baseUrl()}/quotes/new`);
    const card = line(phone, 1);
    await card.waitFor();
    // The labels show above the fields (no column headers on a phone).
    expect(await card.getByText("Désignation", { exact: true }).isVisible()).toBe(true);
    expect(await card.getByText("Prix unitaire HT", { exact: true }).isVisible()).toBe(true);
    await card.getByRole("button", { name: "Détails de la ligne 1" }).click();
    await card.getByLabel("Description détaillée").waitFor();
    await screenshot(phone, "line-editor-phone");
    expect(await blockingViolations(phone, "editor with details open")).toEqual([]);
    expect(await extraWidth(phone)).toBeLessThanOrEqual(0);

    // In between (a 1024 px laptop: the lines are 720 px wide), still cards, wider.
    await phone.setViewportSize({ width: 1024, height: 768 });
    await phone.goto(`${baseUrl()}/quotes/new`);
    await line(phone, 1).waitFor();
    await screenshot(phone, "line-editor-1024");
    expect(await extraWidth(phone)).toBeLessThanOrEqual(0);
  }, 60_000);
});
