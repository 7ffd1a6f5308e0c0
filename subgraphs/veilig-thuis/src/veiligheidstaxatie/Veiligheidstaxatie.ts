import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index } from "typeorm";

/** The three-point judgement Veilig Thuis uses for both kinds of safety. */
export enum Veiligheidsinschatting {
  VEILIG = "VEILIG",
  /** Safe only as long as the agreements of a safety plan hold. */
  VOORWAARDELIJK_VEILIG = "VOORWAARDELIJK_VEILIG",
  ONVEILIG = "ONVEILIG",
}
registerEnumType(Veiligheidsinschatting, { name: "Veiligheidsinschatting", description: "Veilig, voorwaardelijk veilig (met afspraken) of onveilig." });

/**
 * A safety assessment after a melding. Seed 003 separates direct (acute) safety,
 * which is organised first with a safety plan, from stable (lasting) safety,
 * worked on only once direct safety is sufficient.
 */
@Entity("veiligheidstaxatie")
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Veiligheidstaxatie na een melding: directe en stabiele veiligheid." })
export class Veiligheidstaxatie extends DossierRecord {
  @Index()
  @Column("uuid")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => ID, { description: "De melding waarop deze taxatie volgt." })
  meldingId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar)
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Veiligheidsinschatting, { description: "Directe (acute) veiligheid van alle gezinsleden." })
  directeVeiligheid!: Veiligheidsinschatting;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Veiligheidsinschatting, { description: "Stabiele (blijvende) veiligheid op langere termijn." })
  stabieleVeiligheid!: Veiligheidsinschatting;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String)
  toelichting!: string;
}
