import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/** A danger statement: what the professionals fear happens if nothing changes. */
@Entity("gevaarsoordeel")
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Gevaarsoordeel (danger statement): wat er kan gebeuren als er niets verandert." })
export class Gevaarsoordeel extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String)
  omschrijving!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar)
  opgesteldOp!: string;
}

/** A version of the household's safety plan; the newest is in force. */
@Entity("veiligheidsplan")
@Index(["gezinId", "versie"], { unique: true })
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Veiligheidsplan: één plan van alle partners samen (Top 3-methodiek)." })
export class Veiligheidsplan extends DossierRecord {
  @Column("int")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Int)
  versie!: number;

  @Column("date")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar)
  vastgesteldOp!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String, { description: "Doel van het plan: welke veiligheid wordt bereikt." })
  veiligheidsdoel!: string;

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [Veiligheidsafspraak])
  afspraken?: Veiligheidsafspraak[];
}

export enum AfspraakStatus {
  ACTIEF = "ACTIEF",
  NAGEKOMEN = "NAGEKOMEN",
  NIET_NAGEKOMEN = "NIET_NAGEKOMEN",
}
registerEnumType(AfspraakStatus, { name: "AfspraakStatus" });

/** A safety agreement in a safety plan: who does what to keep whom safe. */
@Entity("veiligheidsafspraak")
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Veiligheidsafspraak: wie doet wat, zodat iedereen veilig is." })
export class Veiligheidsafspraak extends DossierRecord {
  @Index()
  @Column("uuid")
  veiligheidsplanId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String)
  afspraak!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String, { description: "Wie de afspraak nakomt (naam of rol in het netwerk)." })
  wie!: string;

  @Column("text", { default: AfspraakStatus.ACTIEF })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => AfspraakStatus)
  status!: AfspraakStatus;
}
