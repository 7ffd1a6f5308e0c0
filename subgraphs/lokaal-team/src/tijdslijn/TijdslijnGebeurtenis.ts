import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity } from "typeorm";

export enum Gebeurtenissoort {
  /** Hulp ingezet (wie, wat). */
  HULP_INGEZET = "HULP_INGEZET",
  /** Resultaat van geboden hulp. */
  RESULTAAT = "RESULTAAT",
  /** Kerngebeurtenis in het leven van het huishouden. */
  GEBEURTENIS = "GEBEURTENIS",
  /** Besluit van een professional of de rechter. */
  BESLUIT = "BESLUIT",
  /** Verslag van een partner dat aan het dossier is toegevoegd. */
  VERSLAG = "VERSLAG",
}
registerEnumType(Gebeurtenissoort, { name: "Gebeurtenissoort", description: "Soort tijdslijngebeurtenis." });

/**
 * One entry of the shared timeline. Partners report what they added; the local
 * team adds it to the dossier (seed 001), so the timeline holds all partners.
 */
@Entity("tijdslijn_gebeurtenis")
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Gebeurtenis op de gedeelde tijdslijn: geboden hulp en resultaat, kerngebeurtenissen, besluiten." })
export class TijdslijnGebeurtenis extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar, { description: "Organisatie waarvan de gebeurtenis afkomstig is." })
  organisatie!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Gebeurtenissoort)
  soort!: Gebeurtenissoort;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String)
  omschrijving!: string;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true, description: "Resultaat van de geboden hulp." })
  resultaat!: string | null;
}
