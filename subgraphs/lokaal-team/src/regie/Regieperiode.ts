import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";

/**
 * Who held regie, from when to when. Regie sits with the local team, moves to
 * the GI during a measure and back when it ends ("the tandem").
 */
@Entity("regieperiode")
@Check("regieperiode_periode", `"tot" IS NULL OR "tot" >= "vanaf"`)
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Periode waarin een organisatie de regie had." })
export class Regieperiode extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Organisatie)
  organisatie!: Organisatie;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  vanaf!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true })
  tot!: string | null;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  reden!: string;
}
