import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { Persoon } from "../persoon/Persoon";
import { VerzoekTotOnderzoek } from "../verzoek/VerzoekTotOnderzoek";
import { Verzoekschrift } from "../verzoekschrift/Verzoekschrift";

export enum BeschermingsonderzoekStatus {
  LOPEND = "LOPEND",
  AFGEROND = "AFGEROND",
}
registerEnumType(BeschermingsonderzoekStatus, { name: "BeschermingsonderzoekStatus", description: "Stand van een beschermingsonderzoek." });

export enum BeschermingsonderzoekConclusie {
  GEEN_MAATREGEL = "GEEN_MAATREGEL",
  VRIJWILLIGE_HULP = "VRIJWILLIGE_HULP",
  ONDERTOEZICHTSTELLING = "ONDERTOEZICHTSTELLING",
  GEZAGSBEEINDIGING = "GEZAGSBEEINDIGING",
  UITHUISPLAATSING = "UITHUISPLAATSING",
}
registerEnumType(BeschermingsonderzoekConclusie, {
  name: "BeschermingsonderzoekConclusie",
  description: "Conclusie van de Raad na een beschermingsonderzoek.",
  valuesConfig: {
    GEEN_MAATREGEL: { description: "Geen zorgen die een maatregel of verdere hulp vragen." },
    VRIJWILLIGE_HULP: { description: "Hulp in het vrijwillig kader volstaat; het lokale team houdt de regie." },
    ONDERTOEZICHTSTELLING: { description: "De Raad vraagt de kinderrechter om een ondertoezichtstelling (OTS)." },
    GEZAGSBEEINDIGING: { description: "De Raad vraagt de kinderrechter het gezag van de ouder(s) te beëindigen." },
    UITHUISPLAATSING: { description: "De Raad vraagt de kinderrechter om een machtiging tot uithuisplaatsing." },
  },
});

/** Conclusions after which the RvdK goes to the juvenile court. */
export const CONCLUSIES_MET_VERZOEKSCHRIFT: readonly BeschermingsonderzoekConclusie[] = [
  BeschermingsonderzoekConclusie.ONDERTOEZICHTSTELLING,
  BeschermingsonderzoekConclusie.GEZAGSBEEINDIGING,
  BeschermingsonderzoekConclusie.UITHUISPLAATSING,
];

/** Name of the unique index, so its violation gets a message a professional understands. */
export const EEN_ONDERZOEK_PER_VERZOEK = "beschermingsonderzoek_een_per_verzoek";

/**
 * The RvdK's investigation into whether the children of a household need a
 * child protection measure. One per accepted request; closed once, with a
 * conclusion. The children are referenced by `Persoon.id`: the members live in
 * the local team's database, so the ids are kept as a list, not a foreign key.
 */
@Entity("beschermingsonderzoek")
@Check("beschermingsonderzoek_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
@Check(
  "beschermingsonderzoek_afronding",
  `("status" = 'AFGEROND') = ("einddatum" IS NOT NULL AND "conclusie" IS NOT NULL)`,
)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Beschermingsonderzoek van de Raad voor de Kinderbescherming." })
export class Beschermingsonderzoek extends DossierRecord {
  /** One investigation per accepted request. */
  @Index(EEN_ONDERZOEK_PER_VERZOEK, { unique: true })
  @Column("uuid")
  verzoekId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { nullable: true, description: "Leeg zolang het onderzoek loopt." })
  einddatum!: string | null;

  @Column("text", { default: BeschermingsonderzoekStatus.LOPEND })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => BeschermingsonderzoekStatus)
  status!: BeschermingsonderzoekStatus;

  @Column("text")
  raadsonderzoekerId!: string;

  @Column("uuid", { array: true })
  betreftPersoonIds!: string[];

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => BeschermingsonderzoekConclusie, { nullable: true, description: "Leeg zolang het onderzoek loopt." })
  conclusie!: BeschermingsonderzoekConclusie | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => String, { nullable: true, description: "Onderbouwing van de conclusie." })
  conclusieToelichting!: string | null;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true, description: "Raadsonderzoeker die het onderzoek uitvoert." })
  raadsonderzoeker?: Medewerker | null;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Persoon], { description: "De kinderen op wie het onderzoek betrekking heeft." })
  betreft?: Persoon[];

  /** Loaded by the field resolver, never by TypeORM; the relation is here for the foreign key. */
  @ManyToOne(() => VerzoekTotOnderzoek, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "verzoekId" })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => VerzoekTotOnderzoek, { description: "Het verzoek waarop het onderzoek is geopend." })
  verzoek?: VerzoekTotOnderzoek;

  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => [Verzoekschrift], { description: "Verzoekschriften aan de kinderrechter na dit onderzoek." })
  verzoekschriften?: Verzoekschrift[];
}
