import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { Int, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

export enum DoelStatus {
  LOPEND = "LOPEND",
  BEHAALD = "BEHAALD",
  BIJGESTELD = "BIJGESTELD",
  GESTOPT = "GESTOPT",
}
registerEnumType(DoelStatus, { name: "DoelStatus" });

/** A goal: who does what by when, and how far it is. */
@Entity("doel")
@Dossierstuk(Gegevenscategorie.ZORGEN)
@ObjectType({ description: "Doel: wie, wat, wanneer en de voortgang." })
export class Doel extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { description: "Wat er bereikt moet worden." })
  wat!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { description: "Wie eraan werkt." })
  wie!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.ZORGEN, () => DatumScalar, { description: "Wanneer het bereikt moet zijn." })
  wanneer!: string;

  @Column("text", { default: DoelStatus.LOPEND })
  @Gegeven(Gegevenscategorie.ZORGEN, () => DoelStatus)
  status!: DoelStatus;

  @Gegeven(Gegevenscategorie.ZORGEN, () => Int, { description: "Laatst geregistreerde voortgang in procenten (0 als er nog niets is geregistreerd)." })
  voortgang?: number;

  @Gegeven(Gegevenscategorie.ZORGEN, () => [DoelVoortgang], { description: "Alle voortgangsregistraties, oudste eerst." })
  voortgangshistorie?: DoelVoortgang[];
}

/** One progress registration on a goal. */
@Entity("doel_voortgang")
@Check("doel_voortgang_percentage", `"percentage" BETWEEN 0 AND 100`)
@Dossierstuk(Gegevenscategorie.ZORGEN)
@ObjectType({ description: "Voortgangsregistratie van een doel." })
export class DoelVoortgang extends DossierRecord {
  @Index()
  @Column("uuid")
  doelId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.ZORGEN, () => DatumScalar)
  datum!: string;

  @Column("int")
  @Gegeven(Gegevenscategorie.ZORGEN, () => Int)
  percentage!: number;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { nullable: true })
  toelichting!: string | null;
}
