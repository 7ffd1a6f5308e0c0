import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

/**
 * The GI hands regie back to the local team before the measure (or product
 * 2b) that gave it to the GI has ended, with its reason (seed 003: the tandem).
 * The register moves regie on its announcement; this is the GI's own record of it.
 */
@Entity("regie_teruggave")
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "De GI geeft de regie eerder terug aan het lokale team, met de reden." })
export class RegieTeruggave extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { description: "Vanaf deze dag ligt de regie weer bij het lokale team." })
  per!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { description: "Waarom de GI de regie eerder teruggeeft." })
  reden!: string;
}
