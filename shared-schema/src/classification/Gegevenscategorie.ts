import { registerEnumType } from "type-graphql";

/**
 * Data categories of the gezinsbeeld, chosen from the seeds: what a field tells
 * about a household decides who may read it (issue 3) and how its access is
 * logged (issue 4). `GEEN` marks a field that carries no personal data; every
 * field says one or the other explicitly.
 */
export enum Gegevenscategorie {
  /** No personal data (ids, technical fields, counts without content). */
  GEEN = "GEEN",
  /** About a professional, not a household: a colleague's name and function. */
  MEDEWERKER = "MEDEWERKER",
  /** Who someone is: name, BSN, date of birth. */
  IDENTIFICATIE = "IDENTIFICATIE",
  /** How to reach someone: address, phone. */
  CONTACT = "CONTACT",
  /** Who belongs to the household and how members relate (genogram). */
  GEZINSSAMENSTELLING = "GEZINSSAMENSTELLING",
  /** Concerns, strengths, the reason for involvement, patterns, goals. */
  ZORGEN = "ZORGEN",
  /** Safety: danger statements, safety plan, safety assessment, meldingen. */
  VEILIGHEID = "VEILIGHEID",
  /** Medical: advice of Veilig Thuis' confidential doctors. Most sensitive. */
  MEDISCH = "MEDISCH",
  /** Justice: investigations, court requests, measures, youth probation. */
  JUSTITIEEL = "JUSTITIEEL",
  /** Help given: involvements, timeline, network meetings, decisions, plans. */
  HULPVERLENING = "HULPVERLENING",
  /** Consent register entries. */
  TOESTEMMING = "TOESTEMMING",
  /** Experts by experience: who is linked, and contact counts, never content. */
  ERVARINGSDESKUNDIGE_CONTACT = "ERVARINGSDESKUNDIGE_CONTACT",
  /**
   * Accountability for access: break-glass justifications and their review (and,
   * with issue 4, the audit trail). What privacy officers read.
   */
  TOEZICHT = "TOEZICHT",
  /** Identity of whoever made a melding: only Veilig Thuis may ever see it. */
  MELDER = "MELDER",
}

registerEnumType(Gegevenscategorie, {
  name: "Gegevenscategorie",
  description: "Gegevenscategorie van een veld: bepaalt wie het mag zien en hoe inzage wordt vastgelegd.",
});

/**
 * Categories that are personal data of a household: all but GEEN and
 * MEDEWERKER (staff data, which the role decides). The policy's tables and the
 * organisation register's rows name these.
 */
export const PERSOONSGEGEVENS: readonly Gegevenscategorie[] = [
  Gegevenscategorie.IDENTIFICATIE,
  Gegevenscategorie.CONTACT,
  Gegevenscategorie.GEZINSSAMENSTELLING,
  Gegevenscategorie.ZORGEN,
  Gegevenscategorie.VEILIGHEID,
  Gegevenscategorie.MEDISCH,
  Gegevenscategorie.JUSTITIEEL,
  Gegevenscategorie.HULPVERLENING,
  Gegevenscategorie.TOESTEMMING,
  Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT,
  Gegevenscategorie.TOEZICHT,
  Gegevenscategorie.MELDER,
];
