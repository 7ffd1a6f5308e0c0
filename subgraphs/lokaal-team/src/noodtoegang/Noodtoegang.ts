import { DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, NOODTOEGANG_UREN, Organisatie, Pagina, Rol, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

/**
 * Break-glass (DOMAIN rule 2): in a life-threatening situation a professional
 * opens a household's dossier without consent or involvement. The claim is
 * limited in time and reviewed afterwards by a privacy officer; while it runs,
 * the access register hands it to the policy (`beslis`, step 3).
 */
@Entity("noodtoegang")
@Index(["vanaf"])
@Check("noodtoegang_periode", `"tot" > "vanaf" AND "tot" <= "vanaf" + interval '${NOODTOEGANG_UREN.maximum} hours'`)
@Check("noodtoegang_rechtvaardiging", `char_length("rechtvaardiging") >= 20`)
@Check(
  "noodtoegang_beoordeling",
  `("beoordeeldDoor" IS NULL) = ("beoordeeldOp" IS NULL) AND ("beoordeeldOp" IS NULL) = ("beoordeling" IS NULL)`,
)
@Dossierstuk(Gegevenscategorie.TOEZICHT)
@ObjectType({ description: "Noodtoegang (break-glass) tot een dossier bij een levensbedreigende situatie; achteraf beoordeeld." })
export class Noodtoegang extends DossierRecord {
  // The household is the record's own column (DossierRecord); here it is also a field, so a privacy officer reviewing the claim knows whose dossier was opened.
  @Gegeven(Gegevenscategorie.TOEZICHT, () => ID, { description: "Het huishouden waarvan het dossier met noodtoegang werd geopend." })
  override gezinId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { description: "Gebruikers-id van de professional die noodtoegang nam." })
  userId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => OrganisatieScalar)
  organisatie!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => Rol)
  rol!: Rol;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { description: "Waarom de situatie levensbedreigend is en toestemming niet mogelijk was." })
  rechtvaardiging!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { description: "Wettelijke grondslag waarop zonder toestemming wordt ingezien." })
  wettelijkeGrondslag!: string;

  // Millisecond precision, as JavaScript keeps it, so a page cursor names a row exactly.
  @Column({ type: "timestamptz", precision: 3 })
  @Gegeven(Gegevenscategorie.TOEZICHT, () => Date, { description: "Begin van de noodtoegang." })
  vanaf!: Date;

  @Column({ type: "timestamptz", precision: 3 })
  @Gegeven(Gegevenscategorie.TOEZICHT, () => Date, { description: "Einde van de noodtoegang: standaard 24 uur na het begin, ten hoogste 72 uur." })
  tot!: Date;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { nullable: true, description: "Gebruikers-id van de functionaris gegevensbescherming die beoordeelde." })
  beoordeeldDoor!: string | null;

  @Column("timestamptz", { nullable: true })
  @Gegeven(Gegevenscategorie.TOEZICHT, () => Date, { nullable: true })
  beoordeeldOp!: Date | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { nullable: true, description: "Oordeel van de functionaris gegevensbescherming; leeg zolang niet beoordeeld." })
  beoordeling!: string | null;

  @Gegeven(Gegevenscategorie.TOEZICHT, () => Boolean, { description: "Loopt op het moment van de vraag." })
  actief?: boolean;
}

@ObjectType("NoodtoegangPagina", { description: "Een pagina noodtoegangen, nieuwste eerst." })
export class NoodtoegangPagina extends Pagina(Noodtoegang) {}
