import {
  DatumScalar,
  Gegeven,
  Gegevenscategorie,
  GeenPersoonsgegeven,
  Medewerker,
  Pagina,
} from "@gezinsbeeld/shared-schema";
import { Directive, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Betrokkenheid } from "../betrokkenheid/Betrokkenheid";
import { Doel } from "../doelen/Doel";
import { Relatie } from "../genogram/Relatie";
import { Kernbesluit } from "../kernbesluit/Kernbesluit";
import { Netwerkberaad } from "../netwerkberaad/Netwerkberaad";
import { Noodtoegang } from "../noodtoegang/Noodtoegang";
import { Persoon } from "../persoon/Persoon";
import { Signaal } from "../register/Signaal";
import { TijdlijnPagina } from "../register/TijdlijnTypes";
import { KindRegie } from "../regie/KindRegie";
import { Regieperiode } from "../regie/Regieperiode";
import { TijdslijnGebeurtenis } from "../tijdslijn/TijdslijnGebeurtenis";
import { Toestemming, VerstrekkingZonderToestemming } from "../toestemming/Toestemming";
import { Gevaarsoordeel, Veiligheidsplan } from "../veiligheid/Veiligheid";
import { ZorgOfKracht } from "../zorgen/ZorgOfKracht";

/**
 * A household and its dossier, managed by the local team (seed 001: "het
 * inwonersdossier wordt beheerd door de gemeenten (het lokale team)"). The
 * entity every other subgraph extends.
 */
@Entity("gezin")
@ObjectType({ description: "Huishouden met zijn gedeelde dossier (gezinsbeeld)." })
@Directive('@key(fields: "id")')
export class Gezin {
  @PrimaryGeneratedColumn("uuid")
  @GeenPersoonsgegeven(() => ID)
  id!: string;

  @Index()
  @Column("text")
  @Gegeven(Gegevenscategorie.IDENTIFICATIE, () => String, { description: "Naam van het huishouden, bijvoorbeeld 'Gezin Jansen'." })
  naam!: string;

  @Column("date")
  @GeenPersoonsgegeven(() => DatumScalar, { description: "Datum van aanmelding bij het lokale team." })
  aangemeldOp!: string;

  @Column("date", { nullable: true })
  @GeenPersoonsgegeven(() => DatumScalar, { nullable: true, description: "Datum waarop het dossier is afgesloten (uitstroom)." })
  afgeslotenOp!: string | null;

  @Column("text")
  @Gegeven(Gegevenscategorie.CONTACT, () => String)
  postcode!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.CONTACT, () => String)
  huisnummer!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.CONTACT, () => String)
  woonplaats!: string;

  @Column("text")
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { description: "Aanleiding: waarom het huishouden in beeld kwam." })
  aanleiding!: string;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { nullable: true, description: "Patroon: wat zich herhaalt (Top 3-methodiek)." })
  patroon!: string | null;

  @Column("text", { nullable: true })
  @Gegeven(Gegevenscategorie.ZORGEN, () => String, { nullable: true, description: "Haalbare eindsituatie waar samen naartoe gewerkt wordt." })
  haalbareEindsituatie!: string | null;

  @Column("text")
  vasteContactpersoonId!: string;

  @CreateDateColumn({ type: "timestamptz" })
  geregistreerdOp!: Date;

  // The household's designated contact: HULPVERLENING, which the household reads, not MEDEWERKER.
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Medewerker, { nullable: true, description: "Vaste contactpersoon van het lokale team." })
  vasteContactpersoon?: Medewerker | null;

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => [Persoon], { description: "Leden van het huishouden, oudste eerst." })
  leden?: Persoon[];

  @Gegeven(Gegevenscategorie.GEZINSSAMENSTELLING, () => [Relatie], { description: "Genogram: relaties tussen leden." })
  relaties?: Relatie[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [TijdslijnGebeurtenis], { description: "Gedeelde tijdslijn van alle partners, oudste eerst." })
  tijdslijn?: TijdslijnGebeurtenis[];

  @Gegeven(Gegevenscategorie.ZORGEN, () => [ZorgOfKracht], { description: "Zorgen en krachten." })
  zorgenEnKrachten?: ZorgOfKracht[];

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => [Gevaarsoordeel], { description: "Gevaarsoordelen (danger statements)." })
  gevaarsoordelen?: Gevaarsoordeel[];

  @Gegeven(Gegevenscategorie.VEILIGHEID, () => Veiligheidsplan, { nullable: true, description: "Geldend veiligheidsplan met veiligheidsafspraken." })
  veiligheidsplan?: Veiligheidsplan | null;

  @Gegeven(Gegevenscategorie.ZORGEN, () => [Doel], { description: "Doelen: wie, wat, wanneer, voortgang." })
  doelen?: Doel[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [Netwerkberaad], { description: "Netwerkberaden, oudste eerst." })
  netwerkberaden?: Netwerkberaad[];

  // Derived from the last netwerkberaad's date: it tells that one was held, and when.
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, {
    nullable: true,
    description: "Uiterste datum van het volgende netwerkberaad (ten minste elke 13 weken).",
  })
  volgendNetwerkberaadUiterlijk?: string | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [Kernbesluit], { description: "Kernbesluiten, genomen met een gedragswetenschapper." })
  kernbesluiten?: Kernbesluit[];

  @Gegeven(Gegevenscategorie.TOESTEMMING, () => [Toestemming], { description: "Toestemmingsregister: per partner, doel en gegevenscategorie." })
  toestemmingen?: Toestemming[];

  @Gegeven(Gegevenscategorie.TOESTEMMING, () => [VerstrekkingZonderToestemming], {
    description: "Verstrekkingen zonder toestemming, met grondslag en afweging.",
  })
  verstrekkingenZonderToestemming?: VerstrekkingZonderToestemming[];

  @Gegeven(Gegevenscategorie.TOEZICHT, () => [Noodtoegang], { description: "Noodtoegangen (break-glass) tot dit dossier, oudste eerst." })
  noodtoegangen?: Noodtoegang[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [Betrokkenheid], { description: "Betrokken partners met vorm, regime en intensiteit." })
  betrokkenheden?: Betrokkenheid[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Regieperiode, { nullable: true, description: "Wie nu de regie heeft." })
  regie?: Regieperiode | null;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [Regieperiode], { description: "Wie wanneer de regie had (de tandem)." })
  regiehistorie?: Regieperiode[];

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => [KindRegie], { description: "Regie per kind, alleen waar die verschilt: de GI voor een kind met een maatregel, het lokale team voor een kind zonder." })
  regiePerKind?: KindRegie[];

  // Who is involved, never why: a notice carries no personal data beyond the household it is about (GEEN, logged on read).
  @GeenPersoonsgegeven(() => [Signaal], { description: "Signalen over dit huishouden voor uw organisatie: wie raakte betrokken of vertrok, sinds wanneer, nooit waarom. Nieuwste eerst." })
  signalen?: Signaal[];

  // That something happened, when and where is the register's HULPVERLENING (existence is data): to whom may
  // read it every entry is listed, its content withheld per entry as far as its own owner's policy says.
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => TijdlijnPagina, {
    description: "Gedeelde tijdlijn van alle organisaties, per pagina, nieuwste eerst. Elke regel is zichtbaar; wat u van de inhoud niet mag inzien, is leeg met een FORBIDDEN-fout.",
  })
  gezinstijdlijn?: TijdlijnPagina | null;
}

@ObjectType("GezinPagina", { description: "Een pagina huishoudens." })
export class GezinPagina extends Pagina(Gezin) {}
