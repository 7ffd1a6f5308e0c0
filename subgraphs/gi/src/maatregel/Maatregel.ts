import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";
import { Persoon } from "../persoon/Persoon";

export enum Maatregelsoort {
  /** Ondertoezichtstelling: at most one year per decision, extensions at most one year each. */
  ONDERTOEZICHTSTELLING = "ONDERTOEZICHTSTELLING",
  /** Guardianship runs until the child comes of age, so it has no end date of its own. */
  VOOGDIJ = "VOOGDIJ",
  /** Only within an OTS of the same child, and never longer than that OTS. */
  MACHTIGING_UITHUISPLAATSING = "MACHTIGING_UITHUISPLAATSING",
}
registerEnumType(Maatregelsoort, {
  name: "Maatregelsoort",
  description: "Soort kinderbeschermingsmaatregel die de GI uitvoert.",
  valuesConfig: {
    ONDERTOEZICHTSTELLING: { description: "Ondertoezichtstelling (OTS): ten hoogste een jaar per beschikking." },
    VOOGDIJ: { description: "Voogdij: de GI oefent het gezag uit." },
    MACHTIGING_UITHUISPLAATSING: { description: "Machtiging uithuisplaatsing, binnen een ondertoezichtstelling." },
  },
});

export enum MaatregelStatus {
  LOPEND = "LOPEND",
  BEEINDIGD = "BEEINDIGD",
}
registerEnumType(MaatregelStatus, {
  name: "MaatregelStatus",
  description: "LOPEND tot en met de einddatum, daarna BEEINDIGD; beoordeeld op de dag van de vraag.",
});

/**
 * A court measure concerning one child, executed by the GI. The end date moves
 * with each extension; the extensions themselves keep the history.
 */
@Entity("maatregel")
@Check("maatregel_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
@Check("maatregel_einddatum_verplicht", `"soort" = 'VOOGDIJ' OR "einddatum" IS NOT NULL`)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Kinderbeschermingsmaatregel voor één kind, uitgevoerd door de GI." })
export class Maatregel extends DossierRecord {
  /** The child (`Persoon.id`, owned by lokaal-team). Not a foreign key: it lives in another database. */
  @Index()
  @Column("uuid")
  persoonId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Maatregelsoort)
  soort!: Maatregelsoort;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Persoon, { description: "Het kind om wie het gaat." })
  kind?: Persoon;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { nullable: true, description: "Huidige einddatum, na eventuele verlengingen; leeg bij voogdij." })
  einddatum!: string | null;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { description: "Kenmerk van de beschikking van de kinderrechter." })
  beschikkingsnummer!: string;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { nullable: true, description: "Reden van voortijdige beëindiging." })
  beeindigingsreden!: string | null;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => MaatregelStatus)
  status?: MaatregelStatus;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [MaatregelVerlenging], { description: "Verlengingen, oudste eerst." })
  verlengingen?: MaatregelVerlenging[];
}

/** One extension of a measure: which end date it replaced, and with which. */
@Entity("maatregel_verlenging")
@Check("maatregel_verlenging_later", `"nieuweEinddatum" > "vorigeEinddatum"`)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Verlenging van een maatregel door de kinderrechter." })
export class MaatregelVerlenging extends DossierRecord {
  @Index()
  @Column("uuid")
  maatregelId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { description: "Datum van de beschikking tot verlenging." })
  datum!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { description: "Einddatum vóór deze verlenging." })
  vorigeEinddatum!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar)
  nieuweEinddatum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { description: "Kenmerk van de beschikking tot verlenging." })
  beschikkingsnummer!: string;
}
