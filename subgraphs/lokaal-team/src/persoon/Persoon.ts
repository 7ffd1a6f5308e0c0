import { BsnScalar, DatumScalar, DossierRecord, Gegeven, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";
import { Gezin } from "../gezin/Gezin";

/** Place of a member in the household. */
export enum Gezinsrol {
  OUDER = "OUDER",
  STIEFOUDER = "STIEFOUDER",
  PLEEGOUDER = "PLEEGOUDER",
  KIND = "KIND",
  GROOTOUDER = "GROOTOUDER",
  OVERIG = "OVERIG",
}
registerEnumType(Gezinsrol, { name: "Gezinsrol", description: "Plaats van een lid in het huishouden." });

/**
 * A member of a household. Owned by the local team; other subgraphs extend it
 * by `id gezinId`, so each knows whose data a member's fields are.
 */
@Entity("persoon")
@Index(["gezinId", "bsn"], { unique: true })
@ObjectType({ description: "Lid van een huishouden." })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "id gezinId")')
export class Persoon extends DossierRecord {
  // Published here only: the column is DossierRecord's.
  @GeenPersoonsgegeven(() => ID, { description: "Het huishouden waarvan dit een lid is." })
  override gezinId!: string;

  // Not a dossier record (its id is a federation key and stays GEEN), but who registered
  // a member names a professional all the same: the household never reads that.
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { description: "Gebruikers-id van wie dit vastlegde." })
  override vastgelegdDoor!: string | null;

  @Column("char", { length: 9 })
  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => BsnScalar, { description: "Burgerservicenummer." })
  bsn!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => String)
  voornamen!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => String)
  achternaam!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => DatumScalar)
  geboortedatum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Gezinsrol)
  gezinsrol!: Gezinsrol;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.CONTACT, () => String, { nullable: true })
  telefoon!: string | null;

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Boolean, {
    description: "Jonger dan 18 op de dag van de vraag.",
  })
  minderjarig!: boolean;

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => Gezin, { nullable: true })
  gezin?: Gezin | null;
}
