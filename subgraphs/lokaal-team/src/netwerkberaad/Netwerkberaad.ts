import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

/** A network meeting; held at least every 13 weeks. */
@Entity("netwerkberaad")
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Netwerkberaad: het huishouden, zijn netwerk en de professionals samen (ten minste elke 13 weken)." })
export class Netwerkberaad extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  datum!: string;

  @Column("text", { array: true })
  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => [String], { description: "Wie er aanwezig waren." })
  deelnemers!: string[];

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  verslag!: string;

  @Column("text", { array: true, default: () => "'{}'" })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [String])
  afspraken!: string[];
}
