import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

/** A core decision, taken together with a behavioural scientist (seed 003). */
@Entity("kernbesluit")
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Kernbesluit, genomen met een gedragswetenschapper." })
export class Kernbesluit extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  besluit!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  onderbouwing!: string;

  @Column("text")
  gedragswetenschapperId!: string;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true })
  gedragswetenschapper?: Medewerker | null;
}
