import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`): browsers cannot be downloaded here, so playwright-core drives the system one. */
export const CHROMIUM = process.env.GEZINSBEELD_CHROMIUM ?? "/usr/bin/chromium";

/** Whether {@link CHROMIUM} is there to drive. */
export function chromiumAanwezig(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * A headless Chromium for the browser tests and the app benchmark: no GPU, no
 * QUIC, no background traffic to Google (this network reaches none), a fresh
 * temporary profile per launch (playwright makes and removes it).
 */
export async function startChromium(): Promise<Browser> {
  if (!chromiumAanwezig()) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium, or set GEZINSBEELD_CHROMIUM.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
