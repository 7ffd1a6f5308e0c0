import { DatumScalar, Gegeven, Gegevenscategorie, GeenPersoonsgegeven, Organisatie, Regime, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

export enum Signaalsoort {
  /** The organisation became involved with the household. */
  BETROKKEN = "BETROKKEN",
  /** Its involvement ended. */
  BEEINDIGD = "BEEINDIGD",
}
registerEnumType(Signaalsoort, { name: "Signaalsoort", description: "Of de organisatie betrokken raakte, of dat haar betrokkenheid eindigde." });

/**
 * A match notice (as the Verwijsindex sends one): organisation `aan` learns that
 * organisation `over` became involved with (or left) a household it works with
 * too: who, since when, in which regime, and whom to call. Never what or why.
 */
@Entity("signaal")
@Index("signaal_aan", ["aanOrganisatie", "aangemaakt"])
@ObjectType({ description: "Signaal: een andere organisatie raakte betrokken bij een huishouden waarbij u betrokken bent, of haar betrokkenheid eindigde. Wie en sinds wanneer, nooit waarom." })
export class Signaal {
  @PrimaryGeneratedColumn("uuid")
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Index()
  @Column("uuid")
  @GeenPersoonsgegeven(() => ID)
  gezinId!: string;

  @Column("text")
  aanOrganisatie!: Organisatie;

  @Column("text")
  @GeenPersoonsgegeven(() => OrganisatieScalar, { description: "De organisatie die betrokken raakte of vertrok." })
  organisatie!: Organisatie;

  @Column("text")
  @GeenPersoonsgegeven(() => Signaalsoort)
  soort!: Signaalsoort;

  @Column("date")
  @GeenPersoonsgegeven(() => DatumScalar, { description: "Sinds wanneer betrokken, of de dag waarop de betrokkenheid eindigde." })
  datum!: string;

  @Column("text", { nullable: true })
  @GeenPersoonsgegeven(() => Regime, { nullable: true, description: "Regime van de betrokkenheid; leeg voor het lokale team, dat het dossier houdt." })
  regime!: Regime | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { nullable: true, description: "Gebruikers-id van het aanspreekpunt bij die organisatie." })
  contactpersoonId!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  @GeenPersoonsgegeven(() => Date)
  aangemaakt!: Date;

  @GeenPersoonsgegeven(() => Boolean, { description: "Door u gelezen." })
  gelezen?: boolean;
}

/** Who read which notice, when: unread notices come first. */
@Entity("signaal_gelezen")
export class SignaalGelezen {
  @PrimaryColumn("uuid")
  signaalId!: string;

  @PrimaryColumn("text")
  gebruiker!: string;

  @CreateDateColumn({ type: "timestamptz" })
  op!: Date;
}
