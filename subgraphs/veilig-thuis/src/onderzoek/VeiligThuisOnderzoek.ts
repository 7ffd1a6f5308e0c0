import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie, Medewerker } from "@gezinsbeeld/shared-schema";
import { ID, ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity, Index } from "typeorm";

export enum VeiligThuisOnderzoekStatus {
  LOPEND = "LOPEND",
  AFGEROND = "AFGEROND",
}
registerEnumType(VeiligThuisOnderzoekStatus, { name: "VeiligThuisOnderzoekStatus" });

/** What follows a finished investigation; decides the melding's final status. */
export enum VeiligThuisVervolg {
  /** Help continues voluntarily, with the local team holding regie. */
  OVERDRACHT_LOKAAL_TEAM = "OVERDRACHT_LOKAAL_TEAM",
  /** Voluntary help is not enough: request to investigate to the Raad voor de Kinderbescherming. */
  VERZOEK_TOT_ONDERZOEK_RAAD = "VERZOEK_TOT_ONDERZOEK_RAAD",
  GEEN_VERVOLG = "GEEN_VERVOLG",
}
registerEnumType(VeiligThuisVervolg, { name: "VeiligThuisVervolg", description: "Vervolg na een onderzoek van Veilig Thuis." });

/** Unique index name, used to give a readable message when a second investigation is started. */
export const ONDERZOEK_PER_MELDING = "veilig_thuis_onderzoek_per_melding";

/**
 * Veilig Thuis' investigation after a melding (regime orange: with legal
 * powers). Status, end date and conclusion move together; the checks keep a
 * half-closed investigation out of the database.
 */
@Entity("veilig_thuis_onderzoek")
@Index(ONDERZOEK_PER_MELDING, ["meldingId"], { unique: true })
@Check("veilig_thuis_onderzoek_periode", `"einddatum" IS NULL OR "einddatum" >= "startdatum"`)
@Check(
  "veilig_thuis_onderzoek_afronding",
  `("status" = 'LOPEND' AND "einddatum" IS NULL AND "conclusie" IS NULL AND "vervolg" IS NULL) OR ("status" = 'AFGEROND' AND "einddatum" IS NOT NULL AND "conclusie" IS NOT NULL AND "vervolg" IS NOT NULL)`,
)
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Onderzoek van Veilig Thuis naar aanleiding van een melding." })
export class VeiligThuisOnderzoek extends DossierRecord {
  @Column("uuid")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => ID, { description: "De melding die onderzocht wordt." })
  meldingId!: string;

  @Column("date")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar)
  startdatum!: string;

  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar, { nullable: true })
  einddatum!: string | null;

  @Column("text", { default: VeiligThuisOnderzoekStatus.LOPEND })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => VeiligThuisOnderzoekStatus)
  status!: VeiligThuisOnderzoekStatus;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String, { nullable: true, description: "Conclusie van het onderzoek; leeg zolang het loopt." })
  conclusie!: string | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => VeiligThuisVervolg, { nullable: true })
  vervolg!: VeiligThuisVervolg | null;

  @Column("text")
  onderzoekerId!: string;

  @Gegeven(Gegevenscategorie.MEDEWERKER, () => Medewerker, { nullable: true, description: "Medewerker van Veilig Thuis die het onderzoek doet." })
  onderzoeker?: Medewerker | null;
}
