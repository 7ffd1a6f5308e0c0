import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import type { Browser } from "playwright-core";
import { leesBenchOpties } from "./benchOpties";
import { percentiel } from "./benchProcessen";
import { startChromium } from "./chromium";

const USAGE = `npm run bench:app [-- --url http://localhost:4000] [--rondes 20] [--user <id>] [--gezin <id>]

Measures the web app in Chromium against a running, warm hub (npm start):
the time from navigation to a fully rendered gezinsbeeld (the page marks the
moment its data is on screen: performance mark 'gezinsbeeld-getoond'), with
an empty browser cache (a new browser context per round) and with a warm one
(the same context), and the gzipped size of the app's JavaScript (web/dist).
Defaults: the local team's fixed contact of the demo household under a measure.
Targets: under 1 s, under 300 kB.`;

const DIST = path.join(__dirname, "..", "..", "web", "dist", "assets");

/** One navigation to the household's page; the ms from navigation start to the page's own "rendered" mark. */
async function navigeer(page: import("playwright-core").Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("gezinsbeeld-getoond").length > 0, undefined, { timeout: 30_000, polling: 10 });
  return page.evaluate(() => performance.getEntriesByName("gezinsbeeld-getoond")[0]!.startTime);
}

async function nieuweSessie(browser: Browser, basis: string, user: string) {
  const context = await browser.newContext({ locale: "nl-NL" });
  const aanmelding = await context.request.post(`${basis}/auth/demo`, { data: { userId: user }, headers: { "content-type": "application/json" } });
  if (aanmelding.status() !== 204) throw new Error(`signing in as ${user} failed (HTTP ${aanmelding.status()}): ${await aanmelding.text()}`);
  return { context, page: await context.newPage() };
}

async function main(): Promise<void> {
  const scenario = demoScenario();
  const voorbeeld = scenario.gezinnen.find((gezin) => gezin.fase === "ROOD") ?? scenario.gezinnen[0]!;
  const { values, getal } = leesBenchOpties(
    {
      url: { type: "string", default: "http://localhost:4000" },
      rondes: { type: "string", default: "20" },
      user: { type: "string", default: scenario.toegewezen(voorbeeld, DemoOrganisatie.LOKAAL_TEAM).id },
      gezin: { type: "string", default: voorbeeld.id },
    },
    USAGE,
  );
  const rondes = getal("rondes", 3);
  const basis = values.url.replace(/\/$/, "");
  const pagina = `${basis}/gezinnen/${values.gezin}`;

  const bestanden = readdirSync(DIST).filter((naam) => naam.endsWith(".js"));
  const grootte = bestanden.map((naam) => {
    const inhoud = readFileSync(path.join(DIST, naam));
    return { naam, ruw: inhoud.length, gzip: gzipSync(inhoud, { level: 9 }).length };
  });
  const totaal = grootte.reduce((som, b) => som + b.gzip, 0);

  const browser = await startChromium();
  try {
    const koud: number[] = [];
    const warm: number[] = [];
    // Warm the hub and the app once, unmeasured.
    const eerste = await nieuweSessie(browser, basis, values.user);
    await navigeer(eerste.page, pagina);
    for (let ronde = 0; ronde < rondes; ronde++) {
      const sessie = await nieuweSessie(browser, basis, values.user);
      koud.push(await navigeer(sessie.page, pagina));
      await sessie.context.close();
      warm.push(await navigeer(eerste.page, pagina));
    }
    await eerste.context.close();

    const regel = (naam: string, waarden: number[]) => {
      const gesorteerd = [...waarden].sort((a, b) => a - b);
      const [p50, p95] = [percentiel(gesorteerd, 0.5), percentiel(gesorteerd, 0.95)];
      return `${naam.padEnd(36)} p50 ${p50.toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms   max ${Math.max(...waarden).toFixed(0).padStart(5)} ms   ${p95 < 1000 ? "meets" : "MISSES"} < 1000 ms`;
    };
    console.log(`gezinsbeeld app in Chromium, ${rondes} rounds, ${pagina} as ${values.user}\n`);
    console.log(regel("navigation → rendered, empty cache", koud));
    console.log(regel("navigation → rendered, warm cache", warm));
    console.log(`\nJavaScript (web/dist/assets), gzip -9:`);
    for (const b of grootte) console.log(`  ${b.naam.padEnd(34)} ${(b.ruw / 1024).toFixed(1).padStart(7)} kB raw  ${(b.gzip / 1024).toFixed(1).padStart(7)} kB gzipped`);
    console.log(`  ${"total".padEnd(34)} ${" ".repeat(16)}${(totaal / 1024).toFixed(1).padStart(7)} kB gzipped   ${totaal < 300 * 1024 ? "meets" : "MISSES"} < 300 kB`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error("bench:app failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
