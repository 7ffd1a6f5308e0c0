/** The hub's codes in the words a professional or household member reads. */

export const ORGANISATIES: Readonly<Record<string, string>> = {
  LOKAAL_TEAM: "het lokale team",
  VEILIG_THUIS: "Veilig Thuis",
  RVDK: "de Raad voor de Kinderbescherming",
  GI: "de gecertificeerde instelling (jeugdbescherming)",
  ERVARINGSDESKUNDIGEN: "de pool ervaringsdeskundigen",
};

/** As a label on its own (a column, a heading): capitalised. */
export const ORGANISATIE_KORT: Readonly<Record<string, string>> = {
  LOKAAL_TEAM: "Lokaal team",
  VEILIG_THUIS: "Veilig Thuis",
  RVDK: "Raad voor de Kinderbescherming",
  GI: "Jeugdbescherming (GI)",
  ERVARINGSDESKUNDIGEN: "Ervaringsdeskundigen",
};

export const ROLLEN: Readonly<Record<string, string>> = {
  MEDEWERKER: "medewerker",
  TEAMLEIDER: "teamleider",
  GEDRAGSWETENSCHAPPER: "gedragswetenschapper",
  COORDINATOR: "coördinator",
  PRIVACY_OFFICER: "functionaris gegevensbescherming",
  INWONER: "gezinslid",
};

export const REGIMES: Readonly<Record<string, string>> = {
  ADVIES: "advies of consult",
  GROEN: "vrijwillig (met toestemming)",
  ORANJE: "met bevoegdheden (onderzoek)",
  ROOD: "gedwongen (maatregel)",
};

/**
 * A partner that joined later is not in the tables above: its name comes from
 * the organisation register the gateway publishes (`/organisaties.json`), read
 * once as the app starts.
 */
const uitRegister = new Map<string, string>();

/** Learn the register's names (the gateway's `/organisaties.json`); the tables above keep their own wording. */
export function leerOrganisaties(lijst: unknown): void {
  if (!Array.isArray(lijst)) return;
  for (const rij of lijst as Array<{ code?: unknown; naam?: unknown }>) if (typeof rij.code === "string" && /^[A-Z][A-Z0-9_]*$/.test(rij.code) && typeof rij.naam === "string") uitRegister.set(rij.code, rij.naam);
}

/** The organisations of the register, in its order; before it is read, the hub's own five. */
export function organisatieCodes(): string[] {
  return uitRegister.size ? [...uitRegister.keys()] : Object.keys(ORGANISATIES);
}

const metRegister = (tabel: Readonly<Record<string, string>>): Readonly<Record<string, string>> => new Proxy(tabel, { get: (doel, code: string) => doel[code] ?? uitRegister.get(code) });

/** Unknown codes are shown as they are, lower case: never hidden. */
const woord = (tabel: Readonly<Record<string, string>>, code: string | null | undefined): string => (code ? tabel[code] ?? code.toLowerCase().replace(/_/g, " ") : "onbekend");

export const organisatieNaam = (code: string | null | undefined): string => woord(metRegister(ORGANISATIES), code);
export const organisatieKort = (code: string | null | undefined): string => woord(metRegister(ORGANISATIE_KORT), code);
export const rolNaam = (code: string | null | undefined): string => woord(ROLLEN, code);
export const regimeNaam = (code: string | null | undefined): string => woord(REGIMES, code);

/** Two formatters, made once: making an Intl.DateTimeFormat costs far more than using one (tens of ms on a full gezinsbeeld). */
const DAG = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** `2026-03-04` or an ISO moment → `4 maart 2026` (with the time for a moment). */
export function datum(waarde: string | null | undefined, metTijd = false): string {
  if (!waarde) return "onbekend";
  const moment = new Date(waarde.length === 10 ? `${waarde}T12:00:00Z` : waarde);
  if (Number.isNaN(moment.getTime())) return waarde;
  return (metTijd ? MOMENT : DAG).format(moment);
}

/** A code like `IN_ONDERZOEK` as words: `in onderzoek`. */
export function code(waarde: string | null | undefined): string {
  return waarde ? waarde.toLowerCase().replace(/_/g, " ") : "onbekend";
}
