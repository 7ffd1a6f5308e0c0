import { DatumScalar, DossierRecord, Dossierstuk, Gegeven, Gegevenscategorie } from "@gezinsbeeld/shared-schema";
import { ObjectType, registerEnumType } from "type-graphql";
import { Check, Column, Entity } from "typeorm";
import { VeiligThuisOnderzoek } from "../onderzoek/VeiligThuisOnderzoek";
import { Veiligheidstaxatie } from "../veiligheidstaxatie/Veiligheidstaxatie";

export enum Meldingsaard {
  HUISELIJK_GEWELD = "HUISELIJK_GEWELD",
  PARTNERGEWELD = "PARTNERGEWELD",
  KINDERMISHANDELING = "KINDERMISHANDELING",
  VERWAARLOZING = "VERWAARLOZING",
  SEKSUEEL_GEWELD = "SEKSUEEL_GEWELD",
  EERGERELATEERD_GEWELD = "EERGERELATEERD_GEWELD",
  OUDERENMISHANDELING = "OUDERENMISHANDELING",
}
registerEnumType(Meldingsaard, { name: "Meldingsaard", description: "Soort geweld of mishandeling waarover gemeld wordt." });

export enum Meldingstatus {
  ONTVANGEN = "ONTVANGEN",
  IN_ONDERZOEK = "IN_ONDERZOEK",
  /** Closed without a hand-over: no (further) concerns, or the help that was needed is in place. */
  AFGESLOTEN = "AFGESLOTEN",
  /** Handed over: to the local team, or with a request to investigate to the RvdK. */
  OVERGEDRAGEN = "OVERGEDRAGEN",
}
registerEnumType(Meldingstatus, { name: "Meldingstatus" });

/** The statuses that end a melding, and with it Veilig Thuis' involvement after it. */
export type Eindstatus = Meldingstatus.AFGESLOTEN | Meldingstatus.OVERGEDRAGEN;
const EINDSTATUSSEN: readonly Meldingstatus[] = [Meldingstatus.AFGESLOTEN, Meldingstatus.OVERGEDRAGEN];
export const isEindstatus = (status: Meldingstatus): status is Eindstatus => EINDSTATUSSEN.includes(status);

export enum MelderRelatie {
  /** A professional under the Meldcode (teacher, GP, youth nurse, …). */
  BEROEPSKRACHT = "BEROEPSKRACHT",
  POLITIE = "POLITIE",
  BUUR = "BUUR",
  FAMILIE = "FAMILIE",
  /** A member of the household itself, e.g. the victim. */
  GEZINSLID = "GEZINSLID",
  KENNIS = "KENNIS",
  ANDERS = "ANDERS",
}
registerEnumType(MelderRelatie, { name: "MelderRelatie", description: "Relatie van de melder tot het huishouden." });

/** Relations whose melders report in their professional capacity (and are bound by the Meldcode). */
export const BEROEPSMATIGE_RELATIES: readonly MelderRelatie[] = [MelderRelatie.BEROEPSKRACHT, MelderRelatie.POLITIE];

/**
 * Who made a melding. Every field is MELDER: the reporter's identity is
 * protected from the household and from every organisation but Veilig Thuis,
 * so a melder is not afraid to report.
 */
@ObjectType({ description: "De melder. Alleen Veilig Thuis mag weten wie meldde." })
export class Melder {
  /**
   * The household of the melding, not in the schema: a melder has no record of
   * its own, and the access-control layer reads `gezinId` to decide on its fields.
   */
  gezinId!: string;

  @Gegeven(Gegevenscategorie.MELDER, () => String)
  naam!: string;

  @Gegeven(Gegevenscategorie.MELDER, () => MelderRelatie)
  relatie!: MelderRelatie;

  @Gegeven(Gegevenscategorie.MELDER, () => String, { nullable: true, description: "Functie van een beroepskracht, bijvoorbeeld 'leerkracht'." })
  functie!: string | null;

  @Gegeven(Gegevenscategorie.MELDER, () => String, { nullable: true })
  telefoon!: string | null;

  @Gegeven(Gegevenscategorie.MELDER, () => Boolean, { description: "Meldt in de uitoefening van een beroep (Meldcode)." })
  beroepsmatig!: boolean;
}

/**
 * A report of (suspected) domestic violence or child abuse. The melder is kept
 * in flat columns and published as one nullable `melder`: an anonymous melding
 * has no melder at all, not a melder with empty fields.
 */
@Entity("melding")
@Check("melding_melder", `("melderNaam" IS NULL) = ("melderRelatie" IS NULL) AND ("melderNaam" IS NOT NULL OR ("melderFunctie" IS NULL AND "melderTelefoon" IS NULL))`)
@Check("melding_afsluiting", `("status" IN ('AFGESLOTEN', 'OVERGEDRAGEN')) = ("afgeslotenOp" IS NOT NULL) AND ("afgeslotenOp" IS NULL OR "afgeslotenOp" >= "datum")`)
@Dossierstuk(Gegevenscategorie.VEILIGHEID)
@ObjectType({ description: "Melding bij Veilig Thuis van (een vermoeden van) huiselijk geweld of kindermishandeling." })
export class Melding extends DossierRecord {
  @Column("date")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar, { description: "Datum waarop de melding binnenkwam." })
  datum!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Meldingsaard)
  aard!: Meldingsaard;

  @Column("text")
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => String, { description: "Wat de melder zag of hoorde." })
  omschrijving!: string;

  @Column("text", { default: Meldingstatus.ONTVANGEN })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Meldingstatus)
  status!: Meldingstatus;

  /** Veilig Thuis' involvement after the melding ends on this day (the register follows it). Set with status AFGESLOTEN or OVERGEDRAGEN. */
  @Column("date", { nullable: true })
  @Gegeven(Gegevenscategorie.VEILIGHEID, () => DatumScalar, { nullable: true, description: "Datum waarop de melding is afgesloten of overgedragen; leeg zolang Veilig Thuis ermee bezig is." })
  afgeslotenOp!: string | null;

  @Column("text", { nullable: true })
  melderNaam!: string | null;

  @Column("text", { nullable: true })
  melderRelatie!: MelderRelatie | null;

  @Column("text", { nullable: true })
  melderFunctie!: string | null;

  @Column("text", { nullable: true })
  melderTelefoon!: string | null;

  @Gegeven(Gegevenscategorie.MELDER, () => Melder, { nullable: true, description: "De melder; leeg bij een anonieme melding." })
  melder?: Melder | null;

  @Gegeven(Gegevenscategorie.MELDER, () => Boolean, { description: "De melder is ook voor Veilig Thuis onbekend." })
  anoniem?: boolean;

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [Veiligheidstaxatie], { description: "Veiligheidstaxaties na deze melding, oudste eerst." })
  veiligheidstaxaties?: Veiligheidstaxatie[];

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => VeiligThuisOnderzoek, { nullable: true, description: "Het onderzoek naar aanleiding van deze melding." })
  onderzoek?: VeiligThuisOnderzoek | null;
}
