import type { EntityTarget, ObjectLiteral } from "typeorm";
import { Extensions } from "type-graphql";
import type { Regime } from "../enums/Regime";

/** What a mutation does to its household's dossier; recorded as the log entry's action. */
export type Schrijfhandeling = "CREATE" | "UPDATE" | "END";

/**
 * How a mutation's household is found, declared next to it:
 * - `{ argument }`: the argument holding the household's id;
 * - `{ record, argument, soort }`: the record the mutation changes, by the id in
 *   `argument`; loaded and locked inside the mutation's transaction, before
 *   anything is written, and its `gezinId` is the household;
 * - `"nieuw"`: the mutation creates the household itself.
 */
export type Huishoudenbron =
  | { argument: string }
  | { record: EntityTarget<ObjectLiteral & { gezinId: string }>; argument: string; /** The record's kind as a professional names it. */ soort: string }
  | "nieuw";

/** Who may do a mutation. */
export type Schrijver =
  /** A professional of the owning organisation who may write in the household (default). */
  | "eigenaar"
  /**
   * A professional of the owner recording what makes it involved (a melding, a
   * request to investigate, a court measure): allowed in an existing household
   * before the register shows the involvement; once involved, as "eigenaar".
   */
  | "opent-betrokkenheid"
  /** Any professional of any organisation (break-glass); the household must exist. */
  | "elke-professional"
  /** Only a privacy officer (reviewing break-glass). */
  | "privacy-officer"
  /**
   * A gedragswetenschapper or teamleider of any organisation whose
   * organisation may see the household (need to know): recording a documented
   * exception to the separation of duties (rule 5). The household must exist.
   */
  | "gedragswetenschapper-of-teamleider";

/** A regime, as the enum or its value (`Regime.ROOD` or `"ROOD"`: a declaration needs no import). */
export type Regimewaarde = Regime | `${Regime}`;

/**
 * The regime of the record a professional is named on:
 * - a fixed regime (a court measure is always `ROOD`);
 * - `{ argument }`: the argument path holding the regime (`invoer.regime`);
 * - `{ argument, per, anders }`: the argument path holding a value the regime
 *   follows from (`invoer.kader`: `VRIJWILLIG` is `GROEN`, any other `ROOD`).
 */
export type Regimebron = Regimewaarde | { argument: string; per?: Readonly<Record<string, Regimewaarde>>; anders?: Regimewaarde };

/** One professional a mutation names on a record of the household, and the regime of that record. */
export interface Benoeming {
  /**
   * The argument path holding the professional's user id (`invoer.medewerkerId`,
   * `medewerkerId`; a list as last segment: every element), or `"$principal"`:
   * the requester puts themself on the record. An empty value names nobody.
   */
  medewerker: string;
  regime: Regimebron;
}

/** The declaration every mutation carries (see {@link Schrijft}). */
export interface Schrijfregel {
  doet: Schrijfhandeling;
  gezin: Huishoudenbron;
  /**
   * Argument paths naming persons that must be members of the household, e.g.
   * `invoer.persoonId`, `invoer.betreftPersoonIds` (a list: every element).
   * A person of another household, or one that does not exist, refuses the
   * mutation before anything is written. Default: none.
   */
  personen?: readonly string[];
  /** Default "eigenaar". */
  wie?: Schrijver;
  /**
   * The professionals the mutation names on, or assigns to, a record of the
   * household (rule 5, separation of duties). Where the record's regime is
   * forced (ORANJE, ROOD), anyone named who advised the household in the
   * voluntary phase (an ADVIES or GROEN involvement naming them, at any
   * organisation) refuses the mutation with `separation-of-duties` before
   * anything is written, unless a documented exception was recorded for them
   * (`legUitzonderingScheidingVanTakenVast`). Decided by the decision service.
   * Default: names nobody.
   */
  benoemt?: readonly Benoeming[];
}

/** Key of the declaration in the mutation field's `extensions`. */
export const SCHRIJFREGEL = "gezinsbeeldSchrijfregel";

/**
 * Declare how a mutation is guarded: what it does, how its household is found,
 * which persons and professionals it names, and who may do it. Put it next to `@Mutation`. The
 * field guard (`bewaakVelden`) enforces it in the mutation's own transaction
 * and records the mutation's log entry in that same transaction; a subgraph
 * whose mutation has no declaration does not start.
 */
export function Schrijft(regel: Schrijfregel): MethodDecorator {
  return Extensions({ [SCHRIJFREGEL]: regel }) as MethodDecorator;
}
