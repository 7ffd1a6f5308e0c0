import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Intensiteit, Organisatie, Regime, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

/**
 * A partner's involvement with a household: form/regime, intensity, period
 * (seed 001, appendix 2). The local team adds partners instead of handing over.
 */
@Entity("betrokkenheid")
@Check("betrokkenheid_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
@Check("betrokkenheid_geinformeerd", `"geinformeerdOp" IS NULL OR "geinformeerdOp" >= "startdatum"`)
// One involvement per announcing record: a second delivery of its announcement updates it, never adds one.
@Index("betrokkenheid_bron", ["organisatie", "bronId"], { unique: true, where: `"bronId" IS NOT NULL` })
@Dossierstuk(Gegevenscategorie.HULPVERLENING)
@ObjectType({ description: "Betrokkenheid van een partner: vorm/regime, intensiteit en periode. Volgt uit het eigen dossier van de partner (een melding, een onderzoek, een maatregel), of is met de hand vastgelegd voor een partner buiten de hub." })
export class Betrokkenheid extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar)
  organisatie!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Regime)
  regime!: Regime;

  @Column("text")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Intensiteit)
  intensiteit!: Intensiteit;

  @Column("boolean", { default: false })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Anoniem advies/consult: de partner kent de identiteit van het huishouden niet." })
  anoniem!: boolean;

  @Column("date")
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true })
  einddatum!: string | null;

  /** Rule 4: the RvdK may not be involved without the household's knowledge; the access policy reads this date. */
  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { nullable: true, description: "Datum waarop het huishouden is verteld dat deze partner betrokken is; leeg zolang dat niet is gebeurd." })
  geinformeerdOp!: string | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { nullable: true, description: "Gebruikers-id van de betrokken professional van de partner." })
  medewerkerId!: string | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true })
  toelichting!: string | null;

  /** The partner's record this involvement follows from: its GraphQL type and id; null when registered by hand. */
  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => String, { nullable: true, description: "Soort dossierstuk van de partner waaruit deze betrokkenheid volgt (bijvoorbeeld Melding); leeg als ze met de hand is vastgelegd." })
  bronType!: string | null;

  @Column("uuid", { nullable: true })
  bronId!: string | null;

  /** For a measure: the child it concerns. */
  @Column("uuid", { nullable: true })
  persoonId!: string | null;

  /** Set when this involvement holds regie (a measure: OTS, voogdij; GI product 2b): the cause, as regie history names it. */
  @Column("text", { nullable: true })
  regieOorzaak!: string | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Met de hand vastgelegd (een partner buiten de hub), niet afgeleid uit het dossier van de partner." })
  handmatig?: boolean;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Boolean, { description: "Loopt op de dag van de vraag." })
  actief?: boolean;
}
