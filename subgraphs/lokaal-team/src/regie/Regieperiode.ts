import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
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
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar)
  organisatie!: Organisatie;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  vanaf!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true })
  tot!: string | null;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { description: "Waarom de regie hier kwam: een maatregel, het einde ervan, of de reden die een professional gaf." })
  reden!: string;

  /** The record that moved regie (a measure, its end, a hand-back), when a record did: its type and id. */
  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true, description: "Soort dossierstuk dat de regie verplaatste (bijvoorbeeld Maatregel); leeg als een professional haar verplaatste." })
  oorzaakType!: string | null;

  @Column("uuid", { nullable: true })
  oorzaakId!: string | null;
}
