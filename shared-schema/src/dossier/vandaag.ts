const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in the Netherlands, as YYYY-MM-DD. `actief` and `minderjarig` are judged on it. */
export function vandaag(now: Date = new Date()): string {
  return amsterdam.format(now);
}

/** True when the period [start, eind] includes `dag` (an open end runs on). */
export function loopt(start: string, eind: string | null | undefined, dag: string = vandaag()): boolean {
  return start <= dag && (!eind || eind >= dag);
}
