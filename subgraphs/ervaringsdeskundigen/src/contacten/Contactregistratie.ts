import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import type { ErvaringsdeskundigeKoppeling } from "../koppeling/ErvaringsdeskundigeKoppeling";

/**
 * How many contacts an expert by experience had with the household in one
 * period. A count and nothing else: there is no column where the content of a
 * conversation could go (DOMAIN rule 6).
 */
@Entity("contactregistratie")
@Check("contactregistratie_periode", `"periodeTot" >= "periodeVan"`)
@Check("contactregistratie_aantal", `"aantalContacten" >= 0`)
@Dossierstuk(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT)
@ObjectType({ description: "Aantal contacten van een ervaringsdeskundige met het huishouden in één periode; nooit de inhoud." })
export class Contactregistratie extends DossierRecord {
  @Index()
  @Column("uuid")
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => ID, { description: "De koppeling waarop de contacten zijn geregistreerd." })
  koppelingId!: string;

  // A string target keeps the two entity modules free of an import cycle at load time.
  @ManyToOne("ErvaringsdeskundigeKoppeling", { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "koppelingId" })
  koppeling?: ErvaringsdeskundigeKoppeling;

  @Column("date")
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => DatumScalar, { description: "Eerste dag van de periode." })
  periodeVan!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => DatumScalar, { description: "Laatste dag van de periode." })
  periodeTot!: string;

  @Column("int")
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => Int, { description: "Aantal contacten in de periode." })
  aantalContacten!: number;
}
