import { readFileSync } from "node:fs";
import { CHROMIUM, chromiumAanwezig, startChromium } from "@gezinsbeeld/infra/dist/chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";

let gemeld = false;

/**
 * `describe` for a browser suite: runs when Chromium is installed; otherwise
 * says so loudly (once) and how to install it. In CI (CI=true) a missing
 * Chromium is a failure, never a silent skip.
 */
export function metBrowser(naam: string, suite: () => void): void {
  if (chromiumAanwezig()) {
    describe(naam, suite);
    return;
  }
  if (process.env.CI === "true") {
    describe(naam, () => {
      test("Chromium is installed", () => {
        throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium); the browser tests must run in CI.`);
      });
    });
    return;
  }
  if (!gemeld) {
    gemeld = true;
    console.warn(
      `\n*** The browser tests did NOT run: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium (or set GEZINSBEELD_CHROMIUM). ***\n`,
    );
  }
  describe.skip(naam, suite);
}

/** A headless Chromium (infra's launcher, which the app benchmark uses too). */
export async function startBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await startChromium();
  return { browser, close: () => browser.close() };
}

/** A new browser context (its own cookies) in Dutch, with a page; console errors of the app are collected. */
export async function nieuwePagina(browser: Browser): Promise<{ context: BrowserContext; page: Page; consolefouten: string[] }> {
  const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  const consolefouten: string[] = [];
  page.on("console", (bericht) => {
    if (bericht.type() === "error" && !/Failed to load resource/.test(bericht.text())) consolefouten.push(bericht.text());
  });
  page.on("pageerror", (error) => consolefouten.push(error.message));
  return { context, page, consolefouten };
}

/** One axe-core finding, short. */
export interface Overtreding {
  id: string;
  impact: string | null | undefined;
  help: string;
  doelen: string[];
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Run axe-core on the page as it is now against WCAG 2.0/2.1 A and AA (what
 * Dutch public-sector websites must meet), and return the serious and
 * critical violations. axe is injected into the page (the gateway's CSP
 * allows no foreign script, so it is added through the debugging protocol,
 * not a script tag).
 */
export async function axeOvertredingen(page: Page): Promise<Overtreding[]> {
  await page.evaluate(AXE);
  const resultaat = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
  })) as { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };
  return resultaat.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, doelen: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

/** Fails with the violations listed when the page has a serious or critical one. */
export async function verwachtToegankelijk(page: Page, pagina: string): Promise<void> {
  const overtredingen = await axeOvertredingen(page);
  if (overtredingen.length > 0) {
    throw new Error(`${pagina}: ${overtredingen.length} serious/critical WCAG 2.1 AA violation(s):\n${overtredingen.map((o) => `- ${o.id} (${o.impact}): ${o.help} at ${o.doelen.join(", ")}`).join("\n")}`);
  }
}
