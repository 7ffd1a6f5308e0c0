import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/**
 * Advice or consult by Veilig Thuis to the local team. May be anonymous (rule
 * 3): then Veilig Thuis sees the question without identifying data.
 */
@Entity("advies_consult")
@Index(["gezinId", "adviseurId"])
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Advies of consult van Veilig Thuis aan het lokale team; kan anoniem." })
export class AdviesConsult extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  datum!: string;

  @Column("boolean", { default: false })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Anoniem consult: Veilig Thuis kent de identiteit van het huishouden niet." })
  anoniem!: boolean;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { description: "De vraag van het lokale team." })
  vraag!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  advies!: string;

  @Column("text")
  adviseurId!: string;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true, description: "Medewerker van Veilig Thuis die adviseerde." })
  adviseur?: Medewerker | null;
}
