import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from "typeorm";
import { Contactregistratie } from "../contacten/Contactregistratie";

export enum ErvaringsdeskundigeKoppelingStatus {
  GEPLAND = "GEPLAND",
  LOPEND = "LOPEND",
  BEEINDIGD = "BEEINDIGD",
}
registerEnumType(ErvaringsdeskundigeKoppelingStatus, {
  name: "ErvaringsdeskundigeKoppelingStatus",
  description: "Stand van een koppeling op de dag van de vraag.",
  valuesConfig: {
    GEPLAND: { description: "Begint later." },
    LOPEND: { description: "Loopt vandaag." },
    BEEINDIGD: { description: "Afgelopen." },
  },
});

/**
 * An expert by experience from the pool, linked to a household as a bridge
 * between family and professionals. Deliberately without any text column: the
 * pool registers who is linked and how often there was contact, never what
 * was said (seed 001: "op het aantal contacten en niet op inhoud").
 */
@Entity("koppeling")
@Check("koppeling_periode", `"tot" IS NULL OR "tot" >= "vanaf"`)
// Backstop for two open-ended links of one expert to one household written at the same moment.
@Index("koppeling_een_lopende_per_gezin", ["gezinId", "ervaringsdeskundigeId"], { unique: true, where: `"tot" IS NULL` })
@Dossierstuk(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT)
@ObjectType({ description: "Koppeling van een ervaringsdeskundige uit de pool aan een huishouden. Bevat nooit inhoud van gesprekken." })
export class ErvaringsdeskundigeKoppeling extends DossierRecord {
  @Index()
  @Column("text")
  ervaringsdeskundigeId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => DatumScalar, { description: "Eerste dag van de koppeling." })
  vanaf!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => DatumScalar, { nullable: true, description: "Laatste dag van de koppeling; leeg zolang die loopt." })
  tot!: string | null;

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => Boolean, { description: "Loopt op de dag van de vraag." })
  actief?: boolean;

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => ErvaringsdeskundigeKoppelingStatus, { description: "Gepland, lopend of beëindigd, op de dag van de vraag." })
  status?: ErvaringsdeskundigeKoppelingStatus;

  // The foreign key makes a link to someone outside the pool's own staff impossible; the field itself is served by a loader.
  @ManyToOne(() => Medewerker, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "ervaringsdeskundigeId" })
  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => Medewerker, {
    nullable: true,
    description: "De gekoppelde ervaringsdeskundige.",
  })
  ervaringsdeskundige?: Medewerker | null;

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => Int, { description: "Aantal contacten over alle registraties van deze koppeling." })
  totaalContacten?: number;

  @Gegeven(Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, () => [Contactregistratie], {
    description: "Aantal contacten per periode, oudste periode eerst.",
  })
  contactregistraties?: Contactregistratie[];
}
