import {
  DatumScalar,
  Gegeven,
  Gegevenscategorie,
  type MetEigenaar,
  Organisatie,
  Pagina,
  Tijdlijnsoort, OrganisatieScalar } from "@gezinsbeeld/shared-schema";
import { createUnionType, ID, ObjectType, registerEnumType } from "type-graphql";

/** The order of a household's merged timeline. */
export enum Tijdlijnvolgorde {
  NIEUWSTE_EERST = "NIEUWSTE_EERST",
  OUDSTE_EERST = "OUDSTE_EERST",
}
registerEnumType(Tijdlijnvolgorde, {
  name: "Tijdlijnvolgorde",
  description: "Volgorde van de tijdlijn: op datum, daarna op regel.",
  valuesConfig: {
    NIEUWSTE_EERST: { description: "Nieuwste regel eerst (standaard)." },
    OUDSTE_EERST: { description: "Oudste regel eerst." },
  },
});

/**
 * The categories timeline entries carry, each with the name of the content type
 * that shows them. An entry of another category has no content type: its
 * `inhoud` fails (closed) rather than be shown under a category it does not have.
 */
export const TIJDLIJNCATEGORIEEN = [
  [Gegevenscategorie.VEILIGHEID, "TijdlijnVeiligheid", "veiligheid: meldingen, veiligheidstaxaties"],
  [Gegevenscategorie.MEDISCH, "TijdlijnMedisch", "medisch: adviezen van de vertrouwensarts"],
  [Gegevenscategorie.JUSTITIEEL, "TijdlijnJustitieel", "justitieel: onderzoeken, verzoekschriften, maatregelen"],
  [Gegevenscategorie.HULPVERLENING, "TijdlijnHulpverlening", "hulpverlening: inzet, kernbesluiten, regie"],
  [Gegevenscategorie.ZORGEN, "TijdlijnZorgen", "zorgen: gebeurtenissen over zorgen en krachten"],
  [Gegevenscategorie.ERVARINGSDESKUNDIGE_CONTACT, "TijdlijnErvaringsdeskundigeContact", "koppeling van een ervaringsdeskundige"],
] as const;

/** A category a timeline entry's content can be shown in. */
export type Tijdlijncategorie = (typeof TIJDLIJNCATEGORIEEN)[number][0];

/**
 * What an entry tells, as its content type shows it: the owner's words, owned by
 * the organisation that announced the entry (`EIGENAAR`), so the field guard
 * decides every field with that owner's policy for `categorie`.
 */
export type TijdlijninhoudWaarde = MetEigenaar<{
  categorie: Tijdlijncategorie;
  /** For the guard: the household it is decided on, the person the log names. */
  gezinId: string;
  persoonId: string | null;
  soort: Tijdlijnsoort;
  titel: string;
  uitkomst: string | null;
  recordType: string;
  recordId: string;
}>;

/**
 * The content type of one category: the same five fields in every type, each
 * classified with that type's category. One factory, so the six types cannot
 * drift apart.
 */
function inhoudType(categorie: Tijdlijncategorie, naam: string, wat: string) {
  @ObjectType(naam, {
    description: `Inhoud van een tijdlijnregel van categorie ${categorie} (${wat}). Te zien voor wie het beleid van de organisatie die de regel aankondigde dat voor deze categorie toestaat; anders leeg, met een FORBIDDEN-fout.`,
  })
  class Inhoud {
    @Gegeven(categorie, () => Tijdlijnsoort, { description: "Wat er gebeurde." })
    soort!: Tijdlijnsoort;

    @Gegeven(categorie, () => String, { description: "Korte titel, in de woorden van de eigenaar." })
    titel!: string;

    @Gegeven(categorie, () => String, { nullable: true, description: "Uitkomst (conclusie, besluit), waar die er is." })
    uitkomst!: string | null;

    @Gegeven(categorie, () => String, { description: "GraphQL-type van het dossierstuk bij de eigenaar, bijvoorbeeld 'Melding'." })
    recordType!: string;

    @Gegeven(categorie, () => ID, { description: "Id van het dossierstuk bij de eigenaar." })
    recordId!: string;
  }
  return Inhoud;
}

const INHOUDTYPEN = new Map(TIJDLIJNCATEGORIEEN.map(([categorie, naam, wat]) => [categorie as Tijdlijncategorie, inhoudType(categorie, naam, wat)]));

/** True when entries of `categorie` have a content type. */
export function isTijdlijncategorie(categorie: string): categorie is Tijdlijncategorie {
  return INHOUDTYPEN.has(categorie as Tijdlijncategorie);
}

type Inhoudtype = ReturnType<typeof inhoudType>;

/** One content type per category; which one an entry gets is its category (`resolveType`). */
export const Tijdlijninhoud = createUnionType({
  name: "Tijdlijninhoud",
  description: "Wat een tijdlijnregel vertelt, als type van zijn gegevenscategorie (`__typename`): zo is te zien welke soort gegevens is achtergehouden.",
  types: () => [...INHOUDTYPEN.values()] as [Inhoudtype, ...Inhoudtype[]],
  resolveType: (inhoud) => INHOUDTYPEN.get((inhoud as unknown as TijdlijninhoudWaarde).categorie),
});

/**
 * One entry of the household's merged timeline, as the schema shows it (stored
 * as the entity `Tijdlijnregel`). That something happened, when, at which
 * organisation and of which category is the register's knowledge of help given:
 * HULPVERLENING of the local team, which keeps the register. What it was is the
 * announcing organisation's, in `inhoud`, decided per entry for that owner.
 *
 * Nothing here is GEEN, not the id nor the wrapper: existence is data (a
 * withheld entry still tells that the household has, say, a confidential
 * doctor's advice), so an entry is shown only to whom may read the register's
 * HULPVERLENING, and then always, its content withheld where its owner says so.
 */
@ObjectType("Tijdlijnregel", {
  description: "Regel in de gedeelde tijdlijn van het huishouden. Wat u van een regel niet mag inzien, blijft zichtbaar als achtergehouden: de velden zijn leeg, met een FORBIDDEN-fout.",
})
export class TijdlijnregelType {
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => ID)
  id!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => DatumScalar, { description: "Dag waarop het gebeurde." })
  datum!: string;

  @Gegeven(Gegevenscategorie.HULPVERLENING, () => OrganisatieScalar, { description: "Organisatie die de regel aankondigde en de inhoud beheert." })
  organisatie!: Organisatie;

  // A wrapper whose type says the entry's category (register knowledge, as its date is); its fields are the owner's.
  @Gegeven(Gegevenscategorie.HULPVERLENING, () => Tijdlijninhoud, { description: "Wat er gebeurde, als type van zijn gegevenscategorie; de velden beslist met het beleid van de eigenaar." })
  inhoud?: TijdlijninhoudWaarde | null;
}

/** A page of `Gezin.gezinstijdlijn`, which is HULPVERLENING: none of it resolves before that is decided. */
@ObjectType("TijdlijnPagina", { description: "Een pagina van de gedeelde tijdlijn van een huishouden." })
export class TijdlijnPagina extends Pagina(TijdlijnregelType) {
  /** Not in the schema: the household the guard decides the page's fields on. */
  gezinId!: string;
}
