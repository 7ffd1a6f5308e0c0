import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";

export enum Toestemmingsvorm {
  SCHRIFTELIJK = "SCHRIFTELIJK",
  /** Oral consent is valid, and then recorded: what for, with whom (seed 000). */
  MONDELING = "MONDELING",
}
registerEnumType(Toestemmingsvorm, { name: "Toestemmingsvorm" });

/**
 * One consent (modelled on HL7 FHIR Consent: a permit per actor, purpose, data
 * class and period). Withdrawal takes effect at once: `ingetrokkenOp` set.
 */
@Entity("toestemming")
// A consent given today may be withdrawn today: compare on the Dutch calendar day, not on UTC midnight.
@Check("toestemming_periode", `"ingetrokkenOp" IS NULL OR ("ingetrokkenOp" AT TIME ZONE 'Europe/Amsterdam')::date >= "gegevenOp"`)
@Dossierstuk(Gegevenscategorie.TOESTEMMING)
@ObjectType({ description: "Toestemming van het huishouden om gegevens te delen met een partner, per doel en gegevenscategorie." })
export class Toestemming extends DossierRecord {
  @Column("uuid", { nullable: true })
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { nullable: true, description: "Id van het lid dat toestemming gaf." })
  gegevenDoorPersoonId!: string | null;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => OrganisatieScalar, { description: "Partner met wie gedeeld mag worden." })
  partner!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { description: "Doel waarvoor gedeeld mag worden." })
  doel!: string;

  @Column("text", { array: true })
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => [Gegevenscategorie])
  categorieen!: Gegevenscategorie[];

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => Toestemmingsvorm)
  vorm!: Toestemmingsvorm;

  @Column("date")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => DatumScalar)
  gegevenOp!: string;

  @Column("timestamptz", { nullable: true })
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => Date, { nullable: true })
  ingetrokkenOp!: Date | null;

  @Gegeven(Gegevenscategorie.TOESTEMMING, () => Boolean, { description: "Gegeven en niet ingetrokken." })
  actief?: boolean;
}

export enum Grondslag {
  WETTELIJKE_PLICHT = "WETTELIJKE_PLICHT",
  LEVENSBEDREIGENDE_SITUATIE = "LEVENSBEDREIGENDE_SITUATIE",
}
registerEnumType(Grondslag, { name: "Grondslag", description: "Grondslag om zonder toestemming te delen." });

/**
 * Data shared without consent. Seed 003: the professional records why consent
 * was not possible, the weighing made, who was consulted, to whom which data
 * went, and for what purpose.
 */
@Entity("verstrekking_zonder_toestemming")
@Dossierstuk(Gegevenscategorie.TOESTEMMING)
@ObjectType({ description: "Verstrekking zonder toestemming, met de verplichte verantwoording." })
export class VerstrekkingZonderToestemming extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => DatumScalar)
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => Grondslag)
  grondslag!: Grondslag;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { description: "Waarom toestemming niet mogelijk was." })
  waaromGeenToestemming!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { description: "De gemaakte afweging." })
  afweging!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { description: "Wie is geraadpleegd." })
  geraadpleegd!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => OrganisatieScalar, { description: "Aan wie is verstrekt." })
  ontvanger!: Organisatie;

  @Column("text", { array: true })
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => [Gegevenscategorie], { description: "Welke gegevens zijn verstrekt." })
  categorieen!: Gegevenscategorie[];

  @Column("text")
  @Gegeven(Gegevenscategorie.TOESTEMMING, () => String, { description: "Met welk doel." })
  doel!: string;
}
