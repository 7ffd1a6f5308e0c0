import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";
import { Persoon } from "../persoon/Persoon";

export enum JeugdreclasseringKader {
  TOEZICHT_EN_BEGELEIDING = "TOEZICHT_EN_BEGELEIDING",
  HARDE_KERN = "HARDE_KERN",
  CRIEM = "CRIEM",
  GEDRAGSBEINVLOEDENDE_MAATREGEL = "GEDRAGSBEINVLOEDENDE_MAATREGEL",
  SCHOLINGS_EN_TRAININGSPROGRAMMA = "SCHOLINGS_EN_TRAININGSPROGRAMMA",
  VRIJWILLIG = "VRIJWILLIG",
}
registerEnumType(JeugdreclasseringKader, {
  name: "JeugdreclasseringKader",
  description: "Kader waarin jeugdreclassering wordt uitgevoerd.",
  valuesConfig: {
    TOEZICHT_EN_BEGELEIDING: { description: "Toezicht en begeleiding (T&B), opgelegd door rechter of officier van justitie." },
    HARDE_KERN: { description: "Intensieve trajectbegeleiding (ITB) Harde Kern." },
    CRIEM: { description: "Intensieve trajectbegeleiding CRIEM." },
    GEDRAGSBEINVLOEDENDE_MAATREGEL: { description: "Gedragsbeïnvloedende maatregel (GBM)." },
    SCHOLINGS_EN_TRAININGSPROGRAMMA: { description: "Scholings- en trainingsprogramma (STP)." },
    VRIJWILLIG: { description: "Vrijwillige jeugdreclassering (drang), zonder strafrechtelijke titel." },
  },
});

/** Youth probation of one young person, carried out by a jeugdreclasseerder of the GI. */
@Entity("jeugdreclassering")
@Check("jeugdreclassering_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Jeugdreclassering van één jongere." })
export class Jeugdreclassering extends DossierRecord {
  /** The young person (`Persoon.id`, owned by lokaal-team). */
  @Index()
  @Column("uuid")
  persoonId!: string;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Persoon, { description: "De jongere om wie het gaat." })
  jongere?: Persoon;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => JeugdreclasseringKader)
  kader!: JeugdreclasseringKader;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { nullable: true })
  einddatum!: string | null;

  @Column("text")
  medewerkerId!: string;

  // The young person's designated contact under youth probation: the household may know who is
  // responsible and how to reach them (HULPVERLENING), unlike other staff (MEDEWERKER).
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Medewerker, { nullable: true, description: "De jeugdreclasseerder." })
  jeugdreclasseerder?: Medewerker | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { nullable: true })
  toelichting!: string | null;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Boolean, { description: "Loopt op de dag van de vraag." })
  actief?: boolean;
}
