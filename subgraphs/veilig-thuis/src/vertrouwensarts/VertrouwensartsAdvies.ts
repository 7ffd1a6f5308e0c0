import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

/**
 * Advice of Veilig Thuis' confidential doctor. MEDISCH, the most sensitive
 * category: it draws on medical findings, so even which doctor advised is kept
 * under the same category.
 */
@Entity("vertrouwensarts_advies")
@Dossierstuk(Gegevenscategorie.MEDISCH)
@ObjectType({ description: "Advies van de vertrouwensarts van Veilig Thuis." })
export class VertrouwensartsAdvies extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.MEDISCH, () => DatumScalar)
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.MEDISCH, () => String)
  advies!: string;

  @Column("text")
  vertrouwensartsId!: string;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true })
  vertrouwensarts?: Medewerker | null;
}
