import { DossierRecord, Dossierstuk, Gegevenscategorie, GeenPersoonsgegeven } from "@gezinsbeeld/shared-schema";
import { Kind, type ObjectTypeDefinitionNode } from "graphql";
import { benoemdType, categorie, SUPERGRAPH } from "../support/supergraph";
import { ObjectType } from "type-graphql";

/**
 * "Existence is data": that a household has a melding, a measure, an
 * investigation or a consent says as much as what it says. A GEEN field only
 * needs need-to-know access to the household, so no field of a household's
 * record may be GEEN: not its id, not its dates, statuses, counts or links. Read
 * from the composed supergraph itself, not from the decorators that produce it.
 */

/** Every object type that is not a record of a household's dossier, and why. */
const GEEN_DOSSIERRECORD: Readonly<Record<string, string>> = {
  Query: "entry points: root fields carry no category; what they return is classified",
  Mutation: "entry points, guarded per mutation; what they return is classified",
  Gezin: "the household itself: need to know is decided on it and `id` is its federation key; its fields that list or point at records are checked below",
  Persoon: "a member of the household: `id gezinId` is its federation key, GEEN and non-null; its fields that list records are checked below",
  GezinPagina: "a page of a root query, which decides every node itself; its nodes are Gezin",
  NoodtoegangPagina: "a page of the privacy officers' break-glass review (a root query that decides every node); its nodes are checked",
  ToegangslogPagina: "a page of an access log (a root query that decides who reads it)",
  TijdlijnPagina: "a page of Gezin.gezinstijdlijn, which is HULPVERLENING (the register's knowledge that something happened): nothing of it resolves before that is decided; its nodes (Tijdlijnregel) are checked",
  PageInfo: "cursor plumbing of a page",
  ToegangslogRegel: "the access log: accountability (TOEZICHT) about a household, read whole by privacy officers and per entry by the household itself; no organisation's dossier",
  Medewerker: "a professional, not a household: reached only through a field that carries the household's category or MEDEWERKER",
  Signaal:
    "a match notice (issue 8): that an organisation became involved or left, since when, in which regime, whom to call; never what or why. Its basis is the notice itself, as the Verwijsindex's: it goes to each involved organisation, which reads its own notices with need to know on the household; the contact is MEDEWERKER; every read is logged",
  Ketenstatus: "whether an organisation's access-log chain holds (counts, volgnummers, when it was checked): about the log, not about any household; only privacy officers read it, decided by its root query",
  Ketenbreuk: "the first broken entry of an access-log chain, by volgnummer and why: names no household",
  Ketencheckpoint: "the latest signed head of an access-log chain, by volgnummer and time: names no household",
  UitzonderingScheidingVanTakenPagina: "a page of the privacy officers' review of documented exceptions to separation of duties (a root query that decides every node); its nodes are checked",
};

/** Federation keys: they identify the entity across subgraphs and must stay GEEN and non-null. */
const SLEUTELS = ["Gezin.id", "Persoon.id", "Persoon.gezinId"];

const objectTypes = SUPERGRAPH.definitions.filter(
  (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && !d.name.value.startsWith("join__") && !d.name.value.startsWith("link__") && d.name.value !== "_Service",
);
const dossierrecords = objectTypes.filter((type) => !(type.name.value in GEEN_DOSSIERRECORD));
const recordNamen = new Set(dossierrecords.map((type) => type.name.value));

describe("existence is data", () => {
  it("classifies no field of any household record as GEEN: ids, dates, statuses, counts and links carry the record's category", () => {
    const geen = dossierrecords.flatMap((type) => (type.fields ?? []).filter((f) => categorie(f) === "GEEN").map((f) => `${type.name.value}.${f.name.value}`));
    expect(geen).toEqual([]);
    // Not vacuous: the meldingen, measures, investigations, consents and koppelingen are all here.
    for (const record of ["Melding", "Maatregel", "Beschermingsonderzoek", "VerzoekTotOnderzoek", "Toestemming", "Noodtoegang", "ErvaringsdeskundigeKoppeling", "TijdslijnGebeurtenis"]) {
      expect(recordNamen).toContain(record);
    }
    expect(dossierrecords.length).toBeGreaterThan(30);
  });

  it("lists or points at a record only through a field that is not GEEN, from Gezin and Persoon too", () => {
    const pagina = (type: string) => type.endsWith("Pagina");
    const geen = objectTypes
      .filter((type) => type.name.value !== "Query" && type.name.value !== "Mutation" && !pagina(type.name.value))
      .flatMap((type) => (type.fields ?? []).filter((f) => recordNamen.has(benoemdType(f.type)) && categorie(f) === "GEEN").map((f) => `${type.name.value}.${f.name.value}`));
    expect(geen).toEqual([]);
  });

  it("keeps the federation keys of Gezin and Persoon GEEN and non-null", () => {
    for (const sleutel of SLEUTELS) {
      const [typeNaam, veldNaam] = sleutel.split(".");
      const veld = objectTypes.find((t) => t.name.value === typeNaam)?.fields?.find((f) => f.name.value === veldNaam);
      expect({ sleutel, categorie: veld && categorie(veld), nonNull: veld?.type.kind === Kind.NON_NULL_TYPE }).toEqual({ sleutel, categorie: "GEEN", nonNull: true });
    }
  });

  it("exempts only types the supergraph has", () => {
    const namen = new Set(objectTypes.map((type) => type.name.value));
    expect(Object.keys(GEEN_DOSSIERRECORD).filter((naam) => !namen.has(naam))).toEqual([]);
  });
});

describe("@Dossierstuk, the declaration", () => {
  it("refuses, when a record type is defined, a field of its own classified GEEN", () => {
    expect(() => {
      @Dossierstuk(Gegevenscategorie.VEILIGHEID)
      @ObjectType()
      class ProefMelding extends DossierRecord {
        @GeenPersoonsgegeven(() => String)
        datum!: string;
      }
      return ProefMelding;
    }).toThrow(/ProefMelding\.datum: classified GEEN, but that a ProefMelding exists is VEILIGHEID data/);
  });

  it("names a category: a record's existence is never GEEN", () => {
    expect(() => Dossierstuk(Gegevenscategorie.GEEN)).toThrow(/name its category/);
  });
});
