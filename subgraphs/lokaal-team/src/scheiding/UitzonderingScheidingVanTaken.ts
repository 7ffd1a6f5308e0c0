import { DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Organisatie, Pagina, Rol, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { ObjectType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

/** A documented exception names its reason in at least this many characters. */
export const MIN_REDEN = 20;

/**
 * A documented exception to rule 5 (separation of duties): a gedragswetenschapper
 * or teamleider decided that a professional who advised the household in the
 * voluntary phase may act in its forced phase all the same (seed 004: one fixed
 * face for the household). Kept in the access register, so the decision service
 * lets that professional be named and the policy no longer refuses them on rule 5;
 * listed for the privacy officer, who reviews it.
 */
@Entity("uitzondering_scheiding_van_taken")
@Index(["vastgelegdOp"])
@Check("uitzondering_scheiding_van_taken_reden", `char_length("reden") >= ${MIN_REDEN}`)
@Dossierstuk(Gegevenscategorie.TOEZICHT)
@ObjectType({
  description: "Gemotiveerde uitzondering op de scheiding van taken: wie in de vrijwillige fase adviseerde, mag toch in de gedwongen fase handelen.",
})
export class UitzonderingScheidingVanTaken extends DossierRecord {
  @Column("text")
  @Gegeven(Gegevenscategorie.MEDEWERKER, () => String, { description: "Gebruikers-id van de professional voor wie de uitzondering geldt." })
  medewerkerId!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => String, { description: "Waarom deze professional ondanks het advies in de vrijwillige fase de gedwongen fase mag behandelen." })
  reden!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => OrganisatieScalar, { description: "Organisatie van de gedragswetenschapper of teamleider die de uitzondering vastlegde." })
  organisatie!: Organisatie;

  @Column("text")
  @Gegeven(Gegevenscategorie.TOEZICHT, () => Rol, { description: "Rol van wie de uitzondering vastlegde: gedragswetenschapper of teamleider." })
  rol!: Rol;
}

@ObjectType("UitzonderingScheidingVanTakenPagina", { description: "Een pagina uitzonderingen op de scheiding van taken, nieuwste eerst." })
export class UitzonderingScheidingVanTakenPagina extends Pagina(UitzonderingScheidingVanTaken) {}
