const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** The minute {@link vandaag} last formatted, and its date: the policy asks it for every decision. */
let laatsteMinuut = Number.NaN;
let laatsteDag = "";

/**
 * Today's date in the Netherlands, as YYYY-MM-DD. `actief` and `minderjarig` are
 * judged on it. Formatted once per minute: the Dutch date changes only at a
 * whole hour of UTC, so every moment of one UTC minute has the same date.
 */
export function vandaag(now: Date = new Date()): string {
  const minuut = Math.floor(now.getTime() / 60_000);
  if (minuut !== laatsteMinuut) {
    laatsteDag = amsterdam.format(now);
    laatsteMinuut = minuut;
  }
  return laatsteDag;
}

/** True when the period [start, eind] includes `dag` (an open end runs on). */
export function loopt(start: string, eind: string | null | undefined, dag: string = vandaag()): boolean {
  return start <= dag && (!eind || eind >= dag);
}
