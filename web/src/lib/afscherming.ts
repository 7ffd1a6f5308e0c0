/**
 * Why a field is withheld, in plain Dutch (B1), from a GraphQL error of the
 * hub. Every subgraph and the gateway refuse a field with `code: FORBIDDEN`,
 * the data category (`categorie`) and the reason (`reden`); the field's value
 * is then null. The app shows such a null as withheld, never as "nothing
 * recorded": that is what this module decides, for one field path.
 */
import { code } from "./woorden";

/** The part of a GraphQL error this module reads (urql's GraphQLError and a plain JSON error both fit). */
export interface HubFout {
  message: string;
  path?: ReadonlyArray<string | number> | undefined;
  extensions?: Record<string, unknown> | undefined;
}

/** A field path in a response: `["gezin", "meldingen", 0, "melder"]`. */
export type Pad = ReadonlyArray<string | number>;

/** Why a value is not shown. */
export interface Afscherming {
  /** FORBIDDEN: the law or the household's consent withholds it; TOEGANG_ONBEKEND: no decision could be made now; FOUT: the owner did not answer. */
  soort: "FORBIDDEN" | "TOEGANG_ONBEKEND" | "FOUT";
  /** The sentence a professional (or household member) reads. */
  uitleg: string;
  /** The data category in words, when the hub named one. */
  categorie?: string;
  /** The hub's reason code (`no-consent`, ...), when it named one. */
  reden?: string;
}

/** The hub's reasons (`Weigerreden`), in plain Dutch. */
export const REDENEN: Readonly<Record<string, string>> = {
  unauthenticated: "U bent niet (meer) aangemeld.",
  "no-involvement": "Uw organisatie, of u zelf, is nu niet actief betrokken bij dit gezin.",
  "no-consent": "Het gezin heeft uw organisatie hiervoor geen toestemming gegeven.",
  "consent-withdrawn": "Het gezin heeft zijn toestemming ingetrokken.",
  regime: "U geeft alleen advies of consult; dan ziet u geen gegevens die het gezin herkenbaar maken.",
  "category-not-allowed": "Uw organisatie of rol mag dit soort gegevens nooit inzien.",
  "separation-of-duties": "U adviseerde dit gezin in de vrijwillige fase; een collega behandelt de gedwongen fase.",
  "protected-reporter": "Wie de melding deed, is beschermd: dat weet alleen Veilig Thuis.",
  "household-not-informed": "Het gezin is nog niet verteld dat de Raad betrokken is.",
  "not-own-household": "Dit is niet uw eigen gezin.",
  "not-data-owner": "Alleen de organisatie die deze gegevens beheert, mag ze vastleggen.",
  undecided: "De toegang kon nu niet worden vastgesteld. Probeer het zo opnieuw.",
};

/**
 * The same reasons as a household member reads them about their own dossier
 * (B1): "uw organisatie of rol" means nothing to them. Only where the wording
 * for a professional would not fit.
 */
export const REDENEN_GEZIN: Readonly<Record<string, string>> = {
  "category-not-allowed": "Deze gegevens zijn niet voor het gezin zelf. De wet beschermt ze.",
  "no-involvement": "Deze gegevens kunnen nu niet worden getoond.",
  "household-not-informed": "Hierover krijgt u eerst een gesprek met de Raad voor de Kinderbescherming.",
};

/** The hub's data categories (`Gegevenscategorie`), in words. */
export const CATEGORIEEN: Readonly<Record<string, string>> = {
  GEEN: "geen persoonsgegevens",
  MEDEWERKER: "gegevens van medewerkers",
  IDENTIFICATIE: "identificerende gegevens",
  CONTACT: "contactgegevens",
  GEZINSSAMENSTELLING: "gezinssamenstelling",
  ZORGEN: "zorgen en krachten",
  VEILIGHEID: "veiligheid",
  MEDISCH: "medische gegevens",
  JUSTITIEEL: "justitiële gegevens",
  HULPVERLENING: "hulpverlening",
  TOESTEMMING: "toestemmingen",
  ERVARINGSDESKUNDIGE_CONTACT: "contact met de ervaringsdeskundige",
  TOEZICHT: "toezicht (noodtoegang, scheiding van taken)",
  MELDER: "gegevens over de melder",
};

/** Categories in words, in the order given: "identificatie, gezinssamenstelling". */
export function categorieNamen(lijst: readonly string[]): string {
  return lijst.map((k) => CATEGORIEEN[k] ?? code(k)).join(", ");
}

/**
 * How far an error's path and a field path agree. A subgraph's path has list
 * indices (`meldingen, 0, melder`); a field the gateway removed has none
 * (`meldingen, melder`): then it holds at every index.
 */
function vergelijk(foutPad: Pad, pad: Pad): { fout: number; veld: number } {
  let i = 0;
  let j = 0;
  while (i < foutPad.length && j < pad.length) {
    const f = foutPad[i];
    const p = pad[j];
    if (f === p) {
      i++;
      j++;
    } else if (typeof p === "number" && typeof f === "string") {
      j++; // an index the gateway's path leaves out
    } else {
      break;
    }
  }
  return { fout: i, veld: j };
}

/** Whether `fout` is on the field at `pad` or on an object it lies in: then the field is withheld. */
export function schermtAf(fout: HubFout, pad: Pad): boolean {
  return !!fout.path && vergelijk(fout.path, pad).fout === fout.path.length;
}

/** Whether `fout` is on the field at `pad` or on something inside it. */
export function raakt(fout: HubFout, pad: Pad): boolean {
  return !!fout.path && vergelijk(fout.path, pad).veld === pad.length;
}

/** The error that withholds the field at `pad` (the nearest, when an ancestor is refused too), if any. */
export function foutVoor(fouten: readonly HubFout[] | undefined, pad: Pad): HubFout | undefined {
  let best: HubFout | undefined;
  for (const fout of fouten ?? []) {
    if (schermtAf(fout, pad) && (!best || (fout.path?.length ?? 0) > (best.path?.length ?? 0))) best = fout;
  }
  return best;
}

/** The plain-Dutch account of one error; `voorGezin`: in the household's own words. */
export function afscherming(fout: HubFout, voorGezin = false): Afscherming {
  const code = typeof fout.extensions?.code === "string" ? fout.extensions.code : undefined;
  const reden = typeof fout.extensions?.reden === "string" ? fout.extensions.reden : undefined;
  const categorieCode = typeof fout.extensions?.categorie === "string" ? fout.extensions.categorie : undefined;
  const categorie = categorieCode ? CATEGORIEEN[categorieCode] ?? categorieCode.toLowerCase() : undefined;
  if (code === "FORBIDDEN") {
    return {
      soort: "FORBIDDEN",
      uitleg: (reden && ((voorGezin && REDENEN_GEZIN[reden]) || REDENEN[reden])) ?? "U heeft geen toegang tot deze gegevens.",
      ...(categorie ? { categorie } : {}),
      ...(reden ? { reden } : {}),
    };
  }
  if (code === "TOEGANG_ONBEKEND") return { soort: "TOEGANG_ONBEKEND", uitleg: REDENEN.undecided! };
  return { soort: "FOUT", uitleg: "Deze gegevens konden nu niet worden opgehaald. Probeer het zo opnieuw." };
}
