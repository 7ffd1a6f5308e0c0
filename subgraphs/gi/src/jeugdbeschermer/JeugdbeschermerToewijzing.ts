import { DatumScalar, DossierRecord, Gegeven, Gegevenscategorie, GeenPersoonsgegeven, Medewerker } from "@gezinsbeeld/shared-schema";
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
@ObjectType({ description: "Toewijzing van een jeugdbeschermer aan een huishouden." })
export class JeugdbeschermerToewijzing extends DossierRecord {
  @Column("text")
  medewerkerId!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Medewerker, { nullable: true })
  medewerker?: Medewerker | null;

  @Column("date")
  @GeenPersoonsgegeven(() => DatumScalar)
  vanaf!: string;

  @Column("date", { nullable: true })
  @GeenPersoonsgegeven(() => DatumScalar, { nullable: true })
  tot!: string | null;
}
