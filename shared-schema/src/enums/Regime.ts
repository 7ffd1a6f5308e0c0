import { registerEnumType } from "type-graphql";

/**
 * Form of a partner's involvement (seed 001, appendix 2): advice/consult, or one
 * of the three regimes green, orange, red.
 */
export enum Regime {
  /** Advies en/of consult aan het lokale team; kan anoniem. */
  ADVIES = "ADVIES",
  /** Groen: met toestemming van het huishouden. */
  GROEN = "GROEN",
  /** Oranje: met inzet van bevoegdheden (meldfunctie, informatie inwinnen, voorbereiden beslissing). */
  ORANJE = "ORANJE",
  /** Rood: met juridische maatregel. */
  ROOD = "ROOD",
  /** Anders. */
  ANDERS = "ANDERS",
}

const REGIMES = new Set<unknown>(Object.values(Regime));

/** True for a value that is one of the regimes (input from a declaration or an API). */
export function isRegime(value: unknown): value is Regime {
  return REGIMES.has(value);
}

registerEnumType(Regime, {
  name: "Regime",
  description: "Vorm van betrokkenheid: advies/consult, of regime groen (toestemming), oranje (bevoegdheden), rood (maatregel).",
});

/** Intensity of an involvement (seed 001, appendix 2). */
export enum Intensiteit {
  /** Eén uur per maand tot één uur per week. */
  LICHT = "LICHT",
  /** Eén tot vier uur per week. */
  MIDDEL = "MIDDEL",
  /** Vier uur per week of meer. */
  ZWAAR = "ZWAAR",
}

registerEnumType(Intensiteit, {
  name: "Intensiteit",
  description: "Gemiddelde intensiteit: licht (1 u/maand tot 1 u/week), middel (1-4 u/week), zwaar (4 u/week of meer).",
});
