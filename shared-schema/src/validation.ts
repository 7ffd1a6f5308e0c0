import { invoerFout } from "./errors";
import { vandaag } from "./dossier/vandaag";

/** True for a UUID; ids of dossier records are UUIDs. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The text trimmed; BAD_USER_INPUT when nothing is left. */
export function eisTekst(value: string, veld: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invoerFout(`Vul '${veld}' in.`, veld);
  return trimmed;
}

/** Refuse a date after today for something that has already happened. */
export function eisNietInToekomst(datum: string, veld: string): void {
  if (datum > vandaag()) throw invoerFout(`De datum ${datum} ligt in de toekomst; '${veld}' kan niet later zijn dan vandaag.`, veld);
}

/** Refuse an id that is not a UUID, before it reaches the database. */
export function eisUuid(id: string, veld: string): string {
  if (!isUuid(id)) throw invoerFout(`'${id}' is geen geldig id (verwacht een UUID).`, veld);
  return id;
}

/** Every text trimmed; at least one, none empty. */
export function eisTeksten(values: readonly string[], veld: string, wat: string): string[] {
  if (values.length === 0) throw invoerFout(`Noem ten minste één ${wat}.`, veld);
  return values.map((value) => eisTekst(value, veld));
}

/** Trimmed text, or null when nothing is left. */
export function optioneleTekst(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/**
 * True when `value` holds a character no text column can store: PostgreSQL
 * refuses NUL (U+0000) in text, and its refusal is no message for a professional.
 */
export function bevatOngeldigTeken(value: string): boolean {
  return value.includes("\u0000");
}

/** BAD_USER_INPUT for text with a character that cannot be stored (see {@link bevatOngeldigTeken}). */
export function ongeldigTekenFout(veld: string): ReturnType<typeof invoerFout> {
  return invoerFout(`'${veld}' bevat een ongeldig teken (NUL); haal het weg en probeer het opnieuw.`, veld);
}
