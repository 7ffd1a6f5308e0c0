import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { Beschermingsonderzoek } from "../onderzoek/Beschermingsonderzoek";

export enum GevraagdeMaatregel {
  OTS = "OTS",
  GEZAGSBEEINDIGING = "GEZAGSBEEINDIGING",
  MACHTIGING_UITHUISPLAATSING = "MACHTIGING_UITHUISPLAATSING",
}
registerEnumType(GevraagdeMaatregel, {
  name: "GevraagdeMaatregel",
  description: "Kinderbeschermingsmaatregel die de Raad aan de kinderrechter vraagt.",
  valuesConfig: {
    OTS: { description: "Ondertoezichtstelling." },
    GEZAGSBEEINDIGING: { description: "Beëindiging van het ouderlijk gezag (voogdij)." },
    MACHTIGING_UITHUISPLAATSING: { description: "Machtiging tot uithuisplaatsing." },
  },
});

export enum UitspraakKinderrechter {
  TOEGEWEZEN = "TOEGEWEZEN",
  AFGEWEZEN = "AFGEWEZEN",
}
registerEnumType(UitspraakKinderrechter, { name: "UitspraakKinderrechter", description: "Beslissing van de kinderrechter op een verzoekschrift." });

/**
 * The RvdK's request to the juvenile court for a measure, filed after a
 * concluded investigation. The court's decision is recorded once; the GI then
 * executes the measure in its own subgraph.
 */
@Entity("verzoekschrift")
@Check("verzoekschrift_uitspraak_compleet", `("uitspraak" IS NULL) = ("uitspraakOp" IS NULL)`)
@Check("verzoekschrift_uitspraak_na_indiening", `"uitspraakOp" IS NULL OR "uitspraakOp" >= "ingediendOp"`)
@Dossierstuk(Gegevenscategorie.JUSTITIEEL)
@ObjectType({ description: "Verzoekschrift van de Raad aan de kinderrechter." })
export class Verzoekschrift extends DossierRecord {
  @Index()
  @Column("uuid")
  beschermingsonderzoekId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar)
  ingediendOp!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => GevraagdeMaatregel)
  gevraagdeMaatregel!: GevraagdeMaatregel;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => UitspraakKinderrechter, { nullable: true, description: "Leeg zolang de kinderrechter niet heeft beslist." })
  uitspraak!: UitspraakKinderrechter | null;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => DatumScalar, { nullable: true })
  uitspraakOp!: string | null;

  /** Loaded by the field resolver, never by TypeORM; the relation is here for the foreign key. */
  @ManyToOne(() => Beschermingsonderzoek, { nullable: false, onDelete: "RESTRICT" })
  @JoinColumn({ name: "beschermingsonderzoekId" })
  @Gegeven(Gegevenscategorie.JUSTITIEEL, () => Beschermingsonderzoek, { description: "Het onderzoek waarop het verzoekschrift steunt." })
  beschermingsonderzoek?: Beschermingsonderzoek;
}
