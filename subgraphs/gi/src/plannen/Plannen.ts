import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { Int, ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/**
 * The change plan during a measure (seed 003, "veranderplan stabiele
 * veiligheid"): which patterns to break, towards the feasible end situation.
 * Every revision is a new version; the newest is in force.
 */
@Entity("veranderplan")
@Index("veranderplan_versie_uniek", ["gezinId", "versie"], { unique: true })
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Veranderplan tijdens een maatregel: doelen op weg naar stabiele veiligheid." })
export class Veranderplan extends DossierRecord {
  @Column("int")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Int)
  versie!: number;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  vastgesteldOp!: string;

  @Column("text", { array: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [String])
  doelen!: string[];

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true })
  toelichting!: string | null;
}

/**
 * The safeguarding plan at the end of a measure: agreements with the household
 * and its network on keeping the reached safety, and what to do if it falters.
 */
@Entity("borgingsplan")
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Borgingsplan aan het einde van een maatregel." })
export class Borgingsplan extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  vastgesteldOp!: string;

  @Column("text", { array: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [String])
  afspraken!: string[];
}
