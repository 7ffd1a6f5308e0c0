import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

/**
 * Who was the household's jeugdbeschermer, from when to when. Kept as history
 * because rule 5 (another employee than the adviser in the voluntary phase)
 * has to be checked against who was assigned when.
 */
@Entity("jeugdbeschermer_toewijzing")
@Check("jeugdbeschermer_toewijzing_periode", `"tot" IS NULL OR "tot" >= "vanaf"`)
// At most one open assignment per household, also when two assignments race.
@Index("jeugdbeschermer_toewijzing_een_lopend", ["gezinId"], { unique: true, where: `"tot" IS NULL` })
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Toewijzing van een jeugdbeschermer aan een huishouden." })
export class JeugdbeschermerToewijzing extends DossierRecord {
  @Column("text")
  medewerkerId!: string;

  // The household's designated contact at the GI: the household may know who it is and was
  // (HULPVERLENING), unlike other staff (MEDEWERKER).
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Medewerker, { nullable: true })
  medewerker?: Medewerker | null;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  vanaf!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true })
  tot!: string | null;
}
