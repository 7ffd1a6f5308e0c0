import { randomInt, randomUUID } from "node:crypto";
import { gi } from "@gezinsbeeld/gi";

import { buildFederatedSchema, Organisatie, type Principal, Rol, vandaag } from "@gezinsbeeld/shared-schema";
import { type DemoGezin, DemoOrganisatie, type DemoPersoon, demoScenario, plusDagen } from "@gezinsbeeld/demo";
import { Kind, parse } from "graphql";
import { type GraphQLResponse, type PartnerUnderTest, startPartnerForTest } from "../support/subgraph";
import { expectOnbekendAlsGeweigerd } from "../support/bestaan";

// 25 households: every phase, including red households whose OTS was already extended
// and households with a measure but without children.
const scenario = demoScenario(25);
/** The GI subgraph, with a seeded lokaal-team as the access register that decides every field. */
let subgraph: PartnerUnderTest;

beforeAll(async () => {
  subgraph = await startPartnerForTest(gi, { seed: scenario });
  // The register learns of the GI's seeded involvements from the GI's outbox: hand them over before the first request.
  await subgraph.bezorger.leeg();
});

afterAll(async () => {
  await subgraph?.close();
});

// Who asks. `subgraph.request` asks, unless told otherwise, as a teamleider of the GI: that role sees
// every household the GI is actively involved with (need to know), and nothing else.
const als = (organisatie: Organisatie, rol: Rol, userId: string): Principal => ({ organisatie, rol, userId });
const GI_TEAMLEIDER = als(DemoOrganisatie.GI, Rol.TEAMLEIDER, "gi-anouk-schouten");
const GI_GEDRAGSWETENSCHAPPER = als(DemoOrganisatie.GI, Rol.GEDRAGSWETENSCHAPPER, "gi-jan-prins");
const LT_TEAMLEIDER = als(DemoOrganisatie.LOKAAL_TEAM, Rol.TEAMLEIDER, "lt-karin-smits");
const giMedewerker = (userId: string): Principal => als(DemoOrganisatie.GI, Rol.MEDEWERKER, userId);
/** The jeugdbeschermer the seed names on the GI's red involvement (and on the measure). */
const jeugdbeschermer = (g: DemoGezin): Principal => giMedewerker(scenario.toegewezen(g, DemoOrganisatie.GI).id);
/** The household itself (role INWONER): it sees its own dossier, whoever is involved. */
const inwoner = (g: DemoGezin): Principal => {
  const lid = g.leden[0]!;
  return { userId: `inwoner-${lid.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: lid.bsn };
};

/**
 * The GI's active involvement in a seeded household as the GI's seed announces it to the register:
 * anonymous advice (product 1) while the household is in advice, acting together (green) from the 2a
 * milestone until the measure, the measure itself (red) until it ends; none where Veilig Thuis advised
 * or the measure has ended.
 */
function giBetrokkenheid(g: DemoGezin): "ANONIEM_ADVIES" | "GROEN" | "ROOD" | null {
  const m = g.mijlpalen;
  if (m.maatregelVanaf) return m.maatregelBeeindigd ? null : "ROOD";
  if (m.samenOptrekkenVanaf) return "GROEN";
  return g.fase === "ADVIES" && m.adviesDoor === DemoOrganisatie.GI ? "ANONIEM_ADVIES" : null;
}

const GEZIN_VELDEN = `
  id
  giInzet { id product startdatum einddatum anoniem regieBij actief medewerker { id } }
  maatregelen { id soort startdatum einddatum status beschikkingsnummer beeindigingsreden kind { id }
    verlengingen { datum vorigeEinddatum nieuweEinddatum beschikkingsnummer } }
  jeugdreclassering { id kader startdatum einddatum actief jongere { id } jeugdreclasseerder { id } }
  jeugdbeschermer { id naam organisatie }
  jeugdbeschermerhistorie { medewerker { id } vanaf tot }
  veranderplan { versie vastgesteldOp doelen toelichting }
  borgingsplan { vastgesteldOp afspraken }
`;
/** The household's own view: the same, but not who on the GI's staff delivered an inzet (MEDEWERKER, never the household's). */
const EIGEN_VELDEN = GEZIN_VELDEN.replace("actief medewerker { id } }", "actief }");

interface Maatregel {
  id: string;
  soort: string;
  startdatum: string;
  einddatum: string | null;
  status: string;
  beschikkingsnummer: string;
  beeindigingsreden: string | null;
  kind: { id: string };
  verlengingen: Array<{ datum: string; vorigeEinddatum: string; nieuweEinddatum: string; beschikkingsnummer: string }>;
}

interface GiGezin {
  id: string;
  giInzet: Array<{ id: string; product: string; startdatum: string; einddatum: string | null; anoniem: boolean; regieBij: string; actief: boolean; medewerker: { id: string } }>;
  maatregelen: Maatregel[];
  jeugdreclassering: Array<{ id: string; kader: string; startdatum: string; einddatum: string | null; actief: boolean; jongere: { id: string }; jeugdreclasseerder: { id: string } }>;
  jeugdbeschermer: { id: string; naam: string; organisatie: string } | null;
  jeugdbeschermerhistorie: Array<{ medewerker: { id: string }; vanaf: string; tot: string | null }>;
  veranderplan: { versie: number; vastgesteldOp: string; doelen: string[]; toelichting: string | null } | null;
  borgingsplan: { vastgesteldOp: string; afspraken: string[] } | null;
}

/** `_entities` for households, as `principal` (default: the GI's teamleider), without judging the answer. */
function vraagGezinnen(ids: string[], principal?: Principal, velden = GEZIN_VELDEN): Promise<GraphQLResponse<{ _entities: Array<GiGezin | null> }>> {
  return subgraph.request<{ _entities: Array<GiGezin | null> }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Gezin { ${velden} } } }`,
    { r: ids.map((id) => ({ __typename: "Gezin", id })) },
    principal,
  );
}

async function gezinnen(ids: string[], principal?: Principal, velden = GEZIN_VELDEN): Promise<GiGezin[]> {
  const response = await vraagGezinnen(ids, principal, velden);
  expect(response.errors).toBeUndefined();
  return response.data!._entities as GiGezin[];
}

async function gezin(id: string, principal?: Principal, velden = GEZIN_VELDEN): Promise<GiGezin> {
  const [result] = await gezinnen([id], principal, velden);
  return result!;
}

/** Every error is FORBIDDEN for `reden` (and there is at least one). */
function alleenGeweigerd(response: GraphQLResponse, reden: string): void {
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors!) expect(error.extensions).toMatchObject({ code: "FORBIDDEN", reden });
}


/** A record of `tabel` in a seeded household the GI is no longer (or never was) involved with. */
async function recordZonderBetrokkenheid(tabel: string): Promise<string> {
  const onbetrokken = scenario.gezinnen.filter((g) => giBetrokkenheid(g) === null).map((g) => g.id);
  const [row] = (await subgraph.db.query(`SELECT id FROM "${tabel}" WHERE "gezinId" = ANY($1::uuid[]) ORDER BY id LIMIT 1`, [onbetrokken])) as Array<{ id: string }>;
  expect(row).toBeDefined();
  return row!.id;
}

/** Households refused as a whole: no entity, and FORBIDDEN for `reden`. */
async function verwachtGeweigerd(ids: string[], principal: Principal | undefined, reden: string): Promise<void> {
  const response = await vraagGezinnen(ids, principal);
  alleenGeweigerd(response, reden);
  expect(response.data?._entities ?? ids.map(() => null)).toEqual(ids.map(() => null));
}

async function aantal(tabel: string): Promise<number> {
  const [row] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM "${tabel}"`)) as Array<{ n: number }>;
  return row!.n;
}

/** A valid (elfproef) BSN that no demo household uses (theirs start with 999). */
function bsn(): string {
  for (;;) {
    const digits = [1, ...Array.from({ length: 7 }, () => randomInt(10))];
    const check = digits.reduce((total, digit, i) => total + digit * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join("");
  }
}

interface NieuwGezin {
  id: string;
  /** Persoon ids of the children, oldest first. */
  kinderen: string[];
  /** The household itself, as its parent (role INWONER). */
  inwoner: Principal;
}

/**
 * A new household in lokaal-team's register, registered there by its teamleider, with one parent and
 * `kinderen` children (born 2012 and later), and the GI's involvements in it (default: the measure,
 * regime red, since 2024-12-01, naming jeugdbeschermer Tom Hoekstra). Fresh households keep the
 * mutation tests apart from the seeded story and from each other.
 */
async function nieuwGezin(
  kinderen = 1,
  betrokkenheden: Array<{ regime: string; medewerkerId: string; startdatum?: string; einddatum?: string }> = [{ regime: "ROOD", medewerkerId: "gi-tom-hoekstra" }],
): Promise<NieuwGezin> {
  const leden = [
    { bsn: bsn(), voornamen: "Sanne", achternaam: "Testgezin", geboortedatum: "1985-04-12", gezinsrol: "OUDER" },
    ...Array.from({ length: kinderen }, (_, i) => ({ bsn: bsn(), voornamen: `Kind ${i + 1}`, achternaam: "Testgezin", geboortedatum: `${2012 + i}-06-01`, gezinsrol: "KIND" })),
  ];
  const registratie = await subgraph.register.request<{ registreerGezin: { id: string; leden: Array<{ id: string; bsn: string }> } }>(
    `mutation($i: GezinInvoer!) { registreerGezin(invoer: $i) { id leden { id bsn } } }`,
    {
      i: { naam: "Gezin Testgezin", aangemeldOp: "2024-06-01", postcode: "1211 AB", huisnummer: "1", woonplaats: "Hilversum", aanleiding: "Test.", vasteContactpersoonId: "lt-fatima-bakker", leden },
    },
    LT_TEAMLEIDER,
  );
  expect(registratie.errors).toBeUndefined();
  const { id, leden: geregistreerd } = registratie.data!.registreerGezin;
  for (const { regime, medewerkerId, startdatum = "2024-12-01", einddatum } of betrokkenheden) {
    await registreerBetrokkenheid(id, { organisatie: "GI", regime, intensiteit: "ZWAAR", startdatum, einddatum, medewerkerId });
  }
  const kindIds = leden.filter((lid) => lid.gezinsrol === "KIND").map((lid) => geregistreerd.find((x) => x.bsn === lid.bsn)!.id);
  return { id, kinderen: kindIds, inwoner: { userId: `inwoner-${leden[0]!.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: leden[0]!.bsn } };
}

/** Register an involvement in lokaal-team's register, as its teamleider; returns its id. */
async function registreerBetrokkenheid(gezinId: string, invoer: Record<string, unknown>): Promise<string> {
  const response = await subgraph.register.request<{ registreerBetrokkenheid: { id: string } }>(
    `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id } }`,
    { g: gezinId, i: invoer },
    LT_TEAMLEIDER,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registreerBetrokkenheid.id;
}

const kinderen = (g: DemoGezin) => g.leden.filter((lid) => lid.gezinsrol === "KIND");
const inFase = (fase: DemoGezin["fase"]) => scenario.gezinnen.filter((g) => g.fase === fase);
/** The last day before the 18th birthday: an OTS ends by law when the child comes of age. 18 years after 29 February is never a leap year. */
const minderjarigTot = (kind: DemoPersoon) => {
  const [jaar, maand, dag] = kind.geboortedatum.split("-").map(Number) as [number, number, number];
  return plusDagen(new Date(Date.UTC(jaar + 18, maand - 1, Math.min(dag, maand === 2 ? 28 : dag))).toISOString().slice(0, 10), -1);
};
const vroegste = (a: string, b: string) => (a < b ? a : b);
const verwachteStatus = (einddatum: string | null) => (einddatum !== null && einddatum < vandaag() ? "BEEINDIGD" : "LOPEND");

const REGISTREER_MAATREGEL = `mutation($gezinId: ID!, $invoer: MaatregelInvoer!) {
  registreerMaatregel(gezinId: $gezinId, invoer: $invoer) { id soort startdatum einddatum status kind { id } }
}`;
const VERLENG = `mutation($id: ID!, $invoer: MaatregelVerlengingInvoer!) {
  verlengMaatregel(maatregelId: $id, invoer: $invoer) { id einddatum verlengingen { datum vorigeEinddatum nieuweEinddatum } }
}`;
const BEEINDIG_MAATREGEL = `mutation($id: ID!, $einddatum: Datum!, $reden: String!) {
  beeindigMaatregel(maatregelId: $id, einddatum: $einddatum, reden: $reden) { id einddatum status beeindigingsreden }
}`;
const REGISTREER_INZET = `mutation($gezinId: ID!, $invoer: GiInzetInvoer!) {
  registreerInzet(gezinId: $gezinId, invoer: $invoer) { id product anoniem regieBij einddatum medewerker { id } }
}`;
const VERANDERPLAN = `mutation($g: ID!, $i: VeranderplanInvoer!) { stelVeranderplanVast(gezinId: $g, invoer: $i) { versie } }`;
const BORGINGSPLAN = `mutation($g: ID!, $i: BorgingsplanInvoer!) { stelBorgingsplanVast(gezinId: $g, invoer: $i) { vastgesteldOp } }`;

async function ots(gezinId: string, persoonId: string, startdatum: string, einddatum: string, principal?: Principal): Promise<string> {
  const response = await subgraph.request(
    REGISTREER_MAATREGEL,
    { gezinId, invoer: { persoonId, soort: "ONDERTOEZICHTSTELLING", startdatum, einddatum, beschikkingsnummer: "C/16/555555 / JE RK 25-1111" } },
    principal,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.registreerMaatregel.id;
}

describe("gi subgraph: schema", () => {
  it("publishes a data category on every field of every object type", async () => {
    const { typeDefs } = await buildFederatedSchema(gi);
    const ongeclassificeerd: string[] = [];
    const categorieen = new Map<string, string>();
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (definition.name.value === "Query" || definition.name.value === "Mutation") continue;
      for (const field of definition.fields ?? []) {
        const gegevens = field.directives?.find((directive) => directive.name.value === "gegevens");
        if (!gegevens) ongeclassificeerd.push(`${definition.name.value}.${field.name.value}`);
        const argument = gegevens?.arguments?.[0]?.value;
        if (argument?.kind === Kind.STRING) categorieen.set(`${definition.name.value}.${field.name.value}`, argument.value);
      }
    }
    expect(ongeclassificeerd).toEqual([]);
    expect(categorieen.get("Maatregel.soort")).toBe("JUSTITIEEL");
    expect(categorieen.get("Gezin.maatregelen")).toBe("JUSTITIEEL");
    expect(categorieen.get("Jeugdreclassering.kader")).toBe("JUSTITIEEL");
    expect(categorieen.get("GiInzet.product")).toBe("HULPVERLENING");
    expect(categorieen.get("Veranderplan.doelen")).toBe("HULPVERLENING");
    // That a measure exists, and when it ends, is justice data too: no field of a record is GEEN.
    expect(categorieen.get("Maatregel.einddatum")).toBe("JUSTITIEEL");
    expect(categorieen.get("Maatregel.id")).toBe("JUSTITIEEL");
    expect(categorieen.get("GiInzet.medewerker")).toBe("MEDEWERKER");
    expect(categorieen.get("Gezin.jeugdbeschermer")).toBe("HULPVERLENING");
  });
});

describe("gi subgraph: the seeded story follows each household's milestones", () => {
  it("gives every child of a red household an OTS from the measure's start, with the assigned jeugdbeschermer and a veranderplan", async () => {
    const rood = inFase("ROOD").filter((g) => kinderen(g).length > 0);
    expect(rood.length).toBeGreaterThan(1);
    // The GI executes the measure in every red household: its teamleider sees them all at once.
    expect(rood.map(giBetrokkenheid)).toEqual(rood.map(() => "ROOD"));
    const resultaten = await gezinnen(rood.map((g) => g.id));
    let verlengd = 0;
    rood.forEach((demo, i) => {
      const result = resultaten[i]!;
      const { maatregelVanaf, maatregelTot } = demo.mijlpalen;
      expect(result.maatregelen.map((m) => m.kind.id).sort()).toEqual(kinderen(demo).map((k) => k.id).sort());
      for (const maatregel of result.maatregelen) {
        const kind = kinderen(demo).find((k) => k.id === maatregel.kind.id)!;
        expect(maatregel.soort).toBe("ONDERTOEZICHTSTELLING");
        expect(maatregel.startdatum).toBe(maatregelVanaf);
        expect(maatregel.beeindigingsreden).toBeNull();
        expect(maatregel.status).toBe(verwachteStatus(maatregel.einddatum));
        if (maatregel.verlengingen.length === 0) {
          expect(maatregel.einddatum).toBe(vroegste(maatregelTot!, minderjarigTot(kind)));
        } else {
          verlengd++;
          expect(maatregel.verlengingen).toHaveLength(1);
          expect(maatregel.verlengingen[0]!.vorigeEinddatum).toBe(maatregelTot);
          expect(maatregel.einddatum).toBe(maatregel.verlengingen[0]!.nieuweEinddatum);
          expect(maatregel.einddatum! <= minderjarigTot(kind)).toBe(true);
          expect(maatregel.verlengingen[0]!.datum <= scenario.peildatum).toBe(true);
        }
      }
      expect(result.jeugdbeschermer?.id).toBe(scenario.toegewezen(demo, DemoOrganisatie.GI).id);
      expect(result.jeugdbeschermerhistorie).toEqual([{ medewerker: { id: result.jeugdbeschermer!.id }, vanaf: maatregelVanaf, tot: null }]);
      expect(result.veranderplan!.vastgesteldOp >= maatregelVanaf!).toBe(true);
      expect(result.veranderplan!.doelen.length).toBeGreaterThan(0);
      expect(result.borgingsplan).toBeNull();
    });
    expect(verlengd).toBeGreaterThan(0);
    // The jeugdbeschermer named on the involvement sees exactly the same of their own household.
    for (const [i, demo] of rood.entries()) expect(await gezin(demo.id, jeugdbeschermer(demo))).toEqual(resultaten[i]);
  });

  it("ends the measures of households past their measure on the milestone date, with a borgingsplan and no current jeugdbeschermer", async () => {
    const beeindigd = inFase("MAATREGEL_BEEINDIGD").filter((g) => kinderen(g).length > 0);
    expect(beeindigd.length).toBeGreaterThan(1);
    // The GI's involvement ended with the measure: neither its teamleider nor the former jeugdbeschermer sees anything now.
    expect(beeindigd.map(giBetrokkenheid)).toEqual(beeindigd.map(() => null));
    await verwachtGeweigerd(beeindigd.map((g) => g.id), undefined, "no-involvement");
    for (const demo of beeindigd) await verwachtGeweigerd([demo.id], jeugdbeschermer(demo), "no-involvement");
    // The household itself still sees its closed GI history: the seeded story.
    for (const demo of beeindigd) {
      const result = await gezin(demo.id, inwoner(demo), EIGEN_VELDEN);
      const { maatregelVanaf, maatregelTot } = demo.mijlpalen;
      expect(result.maatregelen).toHaveLength(kinderen(demo).length);
      for (const maatregel of result.maatregelen) {
        expect(maatregel).toMatchObject({ soort: "ONDERTOEZICHTSTELLING", startdatum: maatregelVanaf, einddatum: maatregelTot, status: "BEEINDIGD", verlengingen: [] });
        expect(maatregel.beeindigingsreden).toEqual(expect.any(String));
      }
      expect(result.jeugdbeschermer).toBeNull();
      expect(result.jeugdbeschermerhistorie).toEqual([
        { medewerker: { id: scenario.toegewezen(demo, DemoOrganisatie.GI).id }, vanaf: maatregelVanaf, tot: maatregelTot },
      ]);
      expect(result.borgingsplan!.vastgesteldOp > maatregelVanaf! && result.borgingsplan!.vastgesteldOp <= maatregelTot!).toBe(true);
      expect(result.borgingsplan!.afspraken.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("never gives a household without children a measure, a jeugdbeschermer or a veranderplan", async () => {
    const zonderKinderen = scenario.gezinnen.filter((g) => kinderen(g).length === 0);
    expect(zonderKinderen.length).toBeGreaterThan(0);
    const leeg = { maatregelen: [], jeugdbeschermer: null, jeugdbeschermerhistorie: [], veranderplan: null, borgingsplan: null };
    // Each household's own view, whoever is involved.
    for (const demo of zonderKinderen) expect(await gezin(demo.id, inwoner(demo), EIGEN_VELDEN)).toMatchObject(leeg);
    // The GI's view where it works with the household openly (acting together, green).
    const open = zonderKinderen.filter((g) => giBetrokkenheid(g) === "GROEN" || giBetrokkenheid(g) === "ROOD");
    expect(open.length).toBeGreaterThan(0);
    for (const result of await gezinnen(open.map((g) => g.id))) expect(result).toMatchObject(leeg);
    // Where the GI only advises anonymously it sees the help, never justice data (rule 3: no more than the consult needs).
    const anoniem = zonderKinderen.filter((g) => giBetrokkenheid(g) === "ANONIEM_ADVIES");
    expect(anoniem.length).toBeGreaterThan(0);
    const response = await vraagGezinnen(anoniem.map((g) => g.id));
    alleenGeweigerd(response, "regime");
    expect(new Set(response.errors!.map((e) => e.path?.[2]))).toEqual(new Set(["maatregelen", "jeugdreclassering"]));
    for (const result of response.data!._entities) {
      expect(result).toMatchObject({ maatregelen: null, jeugdreclassering: null, jeugdbeschermer: null, jeugdbeschermerhistorie: [], veranderplan: null, borgingsplan: null });
    }
  });

  it("records advice where the GI advised, anonymous only in the advice phase, and acting together (2a) from that milestone until the measure", async () => {
    const INZET_VELDEN = `id giInzet { id product startdatum einddatum anoniem regieBij actief medewerker { id } } jeugdbeschermerhistorie { medewerker { id } vanaf tot }`;
    // The household reads its jeugdbeschermer, not who on the GI's staff advised or acted together (MEDEWERKER).
    const EIGEN_INZET_VELDEN = INZET_VELDEN.replace("actief medewerker { id } }", "actief }");
    const controleer = (demo: DemoGezin, result: GiGezin) => {
      const inzet = result.giInzet;
      const advies = inzet.filter((x) => x.product === "PRODUCT_1");
      const samen = inzet.filter((x) => x.product === "PRODUCT_2A");
      if (demo.mijlpalen.adviesDoor === DemoOrganisatie.GI) {
        // The consult still runs in the advice phase, anonymously (rule 3); later it ended after three weeks.
        const adviesfase = demo.fase === "ADVIES";
        expect(advies).toHaveLength(1);
        expect(advies[0]).toMatchObject({
          startdatum: demo.mijlpalen.adviesOp,
          einddatum: adviesfase ? null : plusDagen(demo.mijlpalen.adviesOp, 21),
          anoniem: adviesfase,
          regieBij: "LOKAAL_TEAM",
        });
      } else {
        expect(advies).toEqual([]);
      }
      if (demo.mijlpalen.samenOptrekkenVanaf) {
        expect(samen).toHaveLength(1);
        expect(samen[0]).toMatchObject({
          startdatum: demo.mijlpalen.samenOptrekkenVanaf,
          einddatum: demo.mijlpalen.maatregelVanaf ?? null,
          anoniem: false,
          regieBij: "LOKAAL_TEAM",
        });
      } else {
        expect(samen).toEqual([]);
      }
      expect(inzet.filter((x) => x.product === "PRODUCT_2B")).toEqual([]);
    };
    // Rule 5: who advised in the voluntary phase does not execute the measure.
    const scheidingVanTaken = (result: GiGezin) => {
      const jeugdbeschermerId = result.jeugdbeschermerhistorie[0]?.medewerker.id;
      if (jeugdbeschermerId) for (const x of result.giInzet) expect(x.medewerker.id).not.toBe(jeugdbeschermerId);
    };
    // Every household's own view: the whole seeded story, also where the GI is not (or no longer) involved.
    const eigen = new Map<string, GiGezin>();
    for (const demo of scenario.gezinnen) {
      const result = await gezin(demo.id, inwoner(demo), EIGEN_INZET_VELDEN);
      controleer(demo, result);
      eigen.set(demo.id, result);
    }
    // The GI sees the same wherever it is involved, its anonymous advice included (help, not identity)...
    const betrokken = scenario.gezinnen.filter((g) => giBetrokkenheid(g) !== null);
    expect(betrokken.some((g) => giBetrokkenheid(g) === "ANONIEM_ADVIES")).toBe(true);
    const resultaten = await gezinnen(betrokken.map((g) => g.id), undefined, INZET_VELDEN);
    betrokken.forEach((demo, i) => {
      const { giInzet, ...rest } = resultaten[i]!;
      expect({ ...rest, giInzet: giInzet.map(({ medewerker: _medewerker, ...inzet }) => inzet) }).toEqual(eigen.get(demo.id));
      scheidingVanTaken(resultaten[i]!);
    });
    // Rule 5 in every household, ended measures included, on the GI's own records.
    const [{ beide, botsingen }] = (await subgraph.db.query(
      `SELECT count(DISTINCT i."gezinId")::int AS beide, count(*) FILTER (WHERE i."medewerkerId" = t."medewerkerId")::int AS botsingen
         FROM gi_inzet i JOIN jeugdbeschermer_toewijzing t ON t."gezinId" = i."gezinId"`,
    )) as Array<{ beide: number; botsingen: number }>;
    expect(beide).toBeGreaterThan(1);
    expect(botsingen).toBe(0);
    // ...and nothing where Veilig Thuis advised or the measure has ended.
    const onbetrokken = scenario.gezinnen.filter((g) => giBetrokkenheid(g) === null);
    expect(onbetrokken.map((g) => g.fase)).toEqual(expect.arrayContaining(["ADVIES", "MAATREGEL_BEEINDIGD"]));
    const [{ kop }] = (await subgraph.db.query(`SELECT coalesce(max(volgnummer), 0)::bigint AS kop FROM toegangslog`)) as [{ kop: string }];
    await verwachtGeweigerd(onbetrokken.map((g) => g.id), undefined, "no-involvement");
    // A household refused whole (through `_entities`) is in the log like any refused field: one entry per household.
    const geweigerd = (await subgraph.db.query(
      `SELECT gezin_id, beslissing, reden, veldpaden FROM toegangslog WHERE volgnummer > $1 AND gezin_id = ANY($2::uuid[])`,
      [kop, onbetrokken.map((g) => g.id)],
    )) as Array<{ gezin_id: string; beslissing: string; reden: string; veldpaden: string[] }>;
    expect(new Set(geweigerd.map((r) => r.gezin_id))).toEqual(new Set(onbetrokken.map((g) => g.id)));
    for (const regel of geweigerd) expect(regel).toMatchObject({ beslissing: "GEWEIGERD", reden: "no-involvement", veldpaden: expect.arrayContaining(["Gezin"]) });
  });

  it("shows a child's measures on the Persoon entity (keyed by child and household), pointing back at that child in that household", async () => {
    const demo = inFase("ROOD").find((g) => kinderen(g).length > 0)!;
    const kind = kinderen(demo)[0]!;
    // Asked by the child's jeugdbeschermer, the professional named on the GI's involvement.
    const response = await subgraph.request<{ _entities: Array<{ id: string; gezinId: string; maatregelen: Array<{ soort: string; kind: { id: string; gezinId: string } }> }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id gezinId maatregelen { soort kind { id gezinId } } } } }`,
      { r: [{ __typename: "Persoon", id: kind.id, gezinId: demo.id }] },
      jeugdbeschermer(demo),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]).toEqual({
      id: kind.id,
      gezinId: demo.id,
      maatregelen: [{ soort: "ONDERTOEZICHTSTELLING", kind: { id: kind.id, gezinId: demo.id } }],
    });
  });

  it("shows none of a child's records under another household, and resolves no Persoon without a valid household", async () => {
    const demo = inFase("ROOD").find((g) => kinderen(g).length > 0)!;
    const kind = kinderen(demo)[0]!;
    // Both households are ones the GI works in (red and green), so only the key decides what is shown.
    const ander = inFase("GROEN")[0]!;
    expect([giBetrokkenheid(demo), giBetrokkenheid(ander)]).toEqual(["ROOD", "GROEN"]);
    const response = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id gezinId maatregelen { id } jeugdreclassering { id } } } }`,
      {
        r: [
          { __typename: "Persoon", id: kind.id, gezinId: ander.id },
          { __typename: "Persoon", id: kind.id, gezinId: "geen-uuid" },
          { __typename: "Persoon", id: "geen-uuid", gezinId: demo.id },
        ],
      },
    );
    expect(response.data!._entities).toEqual([{ id: kind.id, gezinId: ander.id, maatregelen: [], jeugdreclassering: [] }, null, null]);
    // A key naming no household is refused outright (the register knows no such household: fail closed); a key naming
    // no valid member of a household the GI works in is simply no Persoon.
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ["_entities", 1], extensions: { code: "FORBIDDEN", reden: "no-involvement" } });
  });

  it("lists the GI's own staff, and only them", async () => {
    const response = await subgraph.request<{ medewerkersGi: Array<{ id: string; organisatie: string }> }>(`{ medewerkersGi { id organisatie } }`);
    expect(response.errors).toBeUndefined();
    const verwacht = scenario.medewerkers.filter((m) => m.organisatie === DemoOrganisatie.GI).map((m) => m.id).sort();
    expect(response.data!.medewerkersGi.map((m) => m.id).sort()).toEqual(verwacht);
  });
});

// Each test below works in a new household of its own, in which lokaal-team's register shows the GI's
// red involvement (the measure) naming jeugdbeschermer Tom Hoekstra; the GI's teamleider asks.
describe("gi subgraph: measures", () => {
  it("registers an OTS of at most a year, extends it keeping the history, and ends it early", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const id = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");

    const verlengd = await subgraph.request(VERLENG, {
      id,
      invoer: { datum: "2025-12-15", nieuweEinddatum: "2027-01-10", beschikkingsnummer: "C/16/555555 / JE RK 25-2222" },
    });
    expect(verlengd.errors).toBeUndefined();

    const beeindigd = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2026-03-01", reden: "Doelen behaald; opgeheven door de kinderrechter." });
    expect(beeindigd.errors).toBeUndefined();

    const [maatregel] = (await gezin(gezinId)).maatregelen;
    expect(maatregel).toMatchObject({
      id,
      soort: "ONDERTOEZICHTSTELLING",
      kind: { id: kindId },
      startdatum: "2025-01-10",
      einddatum: "2026-03-01",
      status: "BEEINDIGD",
      beeindigingsreden: "Doelen behaald; opgeheven door de kinderrechter.",
      verlengingen: [{ datum: "2025-12-15", vorigeEinddatum: "2026-01-10", nieuweEinddatum: "2027-01-10", beschikkingsnummer: "C/16/555555 / JE RK 25-2222" }],
    });
  });

  it("allows a placement order only within an OTS of the same child, and lets it lapse when the OTS ends early", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const machtiging = {
      persoonId: kindId,
      soort: "MACHTIGING_UITHUISPLAATSING",
      startdatum: "2025-03-01",
      einddatum: "2025-12-01",
      beschikkingsnummer: "C/16/555556 / JE RK 25-3333",
    };
    const zonderOts = await subgraph.request(REGISTREER_MAATREGEL, { gezinId, invoer: machtiging });
    expect(zonderOts.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect(zonderOts.errors?.[0]?.message).toMatch(/binnen een ondertoezichtstelling/);

    const otsId = await ots(gezinId, kindId!, "2025-02-01", "2026-02-01");
    const binnenOts = await subgraph.request(REGISTREER_MAATREGEL, { gezinId, invoer: machtiging });
    expect(binnenOts.errors).toBeUndefined();

    const einde = await subgraph.request(BEEINDIG_MAATREGEL, { id: otsId, einddatum: "2025-09-30", reden: "Voortijdig opgeheven." });
    expect(einde.errors).toBeUndefined();
    const maatregelen = (await gezin(gezinId)).maatregelen;
    expect(maatregelen.find((m) => m.soort === "MACHTIGING_UITHUISPLAATSING")).toMatchObject({
      einddatum: "2025-09-30",
      beeindigingsreden: "Vervallen met het einde van de ondertoezichtstelling.",
    });
  });

  it("refuses an OTS without end date, longer than a year, or ending before it starts, and writes nothing", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const voor = await aantal("maatregel");
    const basis = { persoonId: kindId, soort: "ONDERTOEZICHTSTELLING", startdatum: "2025-04-01", beschikkingsnummer: "C/16/1 / JE RK 25-1" };
    const gevallen: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...basis }, /heeft een einddatum/],
      [{ ...basis, einddatum: "2026-04-02" }, /ten hoogste een jaar: vanaf 2025-04-01 uiterlijk tot 2026-04-01/],
      [{ ...basis, einddatum: "2025-03-31" }, /einddatum \(2025-03-31\) ligt vóór de startdatum \(2025-04-01\)/],
    ];
    for (const [invoer, melding] of gevallen) {
      const response = await subgraph.request(REGISTREER_MAATREGEL, { gezinId, invoer });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
      expect(response.errors?.[0]?.message).toMatch(melding);
    }
    expect(await aantal("maatregel")).toBe(voor);
    expect((await gezin(gezinId)).maatregelen).toEqual([]);
  });

  it("refuses a second OTS for a child whose OTS still runs", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    await ots(gezinId, kindId!, "2025-01-01", "2025-12-31");
    const voor = await aantal("maatregel");
    const response = await subgraph.request(REGISTREER_MAATREGEL, {
      gezinId,
      invoer: { persoonId: kindId, soort: "ONDERTOEZICHTSTELLING", startdatum: "2025-06-01", einddatum: "2026-05-31", beschikkingsnummer: "x" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/loopt al een ondertoezichtstelling/);
    expect(await aantal("maatregel")).toBe(voor);
  });

  it("refuses an extension that does not move the end date later, or by more than a year, and leaves the measure as it was", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const id = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    const verlengingenVoor = await aantal("maatregel_verlenging");
    const gevallen: Array<[Record<string, string>, string, RegExp]> = [
      [{ datum: "2025-12-01", nieuweEinddatum: "2026-01-10" }, "nieuweEinddatum", /moet na de huidige einddatum \(2026-01-10\) liggen/],
      [{ datum: "2025-12-01", nieuweEinddatum: "2027-01-11" }, "nieuweEinddatum", /ten hoogste een jaar: uiterlijk tot 2027-01-10/],
      [{ datum: "2026-02-01", nieuweEinddatum: "2026-12-01" }, "datum", /liep af op 2026-01-10/],
    ];
    for (const [invoer, veld, melding] of gevallen) {
      const response = await subgraph.request(VERLENG, { id, invoer: { ...invoer, beschikkingsnummer: "C/16/2 / JE RK 25-2" } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld });
      expect(response.errors?.[0]?.message).toMatch(melding);
    }
    expect(await aantal("maatregel_verlenging")).toBe(verlengingenVoor);
    expect((await gezin(gezinId)).maatregelen[0]).toMatchObject({ einddatum: "2026-01-10", verlengingen: [] });
  });

  it("refuses ending a measure before its start or after its current end", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const id = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    const tevroeg = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2025-01-09", reden: "x" });
    expect(tevroeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    const telaat = await subgraph.request(BEEINDIG_MAATREGEL, { id, einddatum: "2026-02-01", reden: "x" });
    expect(telaat.errors?.[0]?.message).toMatch(/vraagt een verlenging/);
    expect((await gezin(gezinId)).maatregelen[0]).toMatchObject({ einddatum: "2026-01-10", beeindigingsreden: null });
  });

  it("answers an unknown measure id as a forbidden one (existence is data), a malformed one as bad input, and writes nothing", async () => {
    // A seeded measure of a household whose measure (and with it the GI's involvement) has ended.
    const geweigerdId = await recordZonderBetrokkenheid("maatregel");
    const [maatregelVoor] = await subgraph.db.query(`SELECT einddatum, beeindigingsreden FROM maatregel WHERE id = $1`, [geweigerdId]);
    const verlengingenVoor = await aantal("maatregel_verlenging");
    const invoer = { datum: "2025-12-01", nieuweEinddatum: "2026-06-01", beschikkingsnummer: "x" };
    expectOnbekendAlsGeweigerd(await subgraph.request(VERLENG, { id: randomUUID(), invoer }), await subgraph.request(VERLENG, { id: geweigerdId, invoer }));
    const ongeldig = await subgraph.request(VERLENG, { id: "geen-uuid", invoer });
    expect(ongeldig.data ?? null).toBeNull();
    expect(ongeldig.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "maatregelId" });
    const einde = { einddatum: "2025-01-01", reden: "x" };
    expectOnbekendAlsGeweigerd(
      await subgraph.request(BEEINDIG_MAATREGEL, { id: randomUUID(), ...einde }),
      await subgraph.request(BEEINDIG_MAATREGEL, { id: geweigerdId, ...einde }),
    );
    expect(await aantal("maatregel_verlenging")).toBe(verlengingenVoor);
    const [maatregelNa] = await subgraph.db.query(`SELECT einddatum, beeindigingsreden FROM maatregel WHERE id = $1`, [geweigerdId]);
    expect(maatregelNa).toEqual(maatregelVoor);
  });

  it("refuses an impossible date before anything is written", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const voor = await aantal("maatregel");
    const response = await subgraph.request(REGISTREER_MAATREGEL, {
      gezinId,
      invoer: { persoonId: kindId, soort: "ONDERTOEZICHTSTELLING", startdatum: "2024-02-30", einddatum: "2024-12-01", beschikkingsnummer: "x" },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/2024-02-30/);
    expect(await aantal("maatregel")).toBe(voor);
  });

  it("lets the database itself refuse a measure that ends before it starts, or an OTS without end", async () => {
    await expect(
      subgraph.db.query(
        `INSERT INTO maatregel ("gezinId", "persoonId", soort, startdatum, einddatum, beschikkingsnummer) VALUES ($1, $2, 'VOOGDIJ', '2025-02-01', '2025-01-01', 'x')`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/maatregel_periode/);
    await expect(
      subgraph.db.query(
        `INSERT INTO maatregel ("gezinId", "persoonId", soort, startdatum, beschikkingsnummer) VALUES ($1, $2, 'ONDERTOEZICHTSTELLING', '2025-02-01', 'x')`,
        [randomUUID(), randomUUID()],
      ),
    ).rejects.toThrow(/maatregel_einddatum_verplicht/);
    await expect(
      subgraph.db.query(
        `INSERT INTO gi_inzet ("gezinId", product, startdatum, anoniem, "medewerkerId") VALUES ($1, 'PRODUCT_2A', '2025-02-01', true, 'gi-tom-hoekstra')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/gi_inzet_anoniem_alleen_advies/);
  });
});

describe("gi subgraph: involvement, jeugdbeschermer, youth probation and plans", () => {
  it("registers a 2b involvement with regie at the GI and ends it", async () => {
    // The register shows the GI's voluntary (green) involvement naming Tom Hoekstra; he records and ends the 2b.
    const tom = giMedewerker("gi-tom-hoekstra");
    const { id: gezinId } = await nieuwGezin(1, [{ regime: "GROEN", medewerkerId: tom.userId }]);
    const registratie = await subgraph.request(
      REGISTREER_INZET,
      { gezinId, invoer: { product: "PRODUCT_2B", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra", toelichting: "Overbrugging tijdens het raadsonderzoek." } },
      tom,
    );
    expect(registratie.errors).toBeUndefined();
    expect(registratie.data!.registreerInzet).toMatchObject({ product: "PRODUCT_2B", anoniem: false, regieBij: "GI", medewerker: { id: "gi-tom-hoekstra" } });

    const einde = await subgraph.request(
      `mutation($id: ID!) { beeindigInzet(inzetId: $id, einddatum: "2025-08-01") { einddatum actief } }`,
      { id: registratie.data!.registreerInzet.id },
      tom,
    );
    expect(einde.errors).toBeUndefined();
    expect((await gezin(gezinId, tom)).giInzet).toEqual([
      expect.objectContaining({ product: "PRODUCT_2B", startdatum: "2025-05-01", einddatum: "2025-08-01", actief: false }),
    ]);
  });

  it("refuses anonymity outside advice, an unknown product, a non-GI professional and an end before the start, writing nothing", async () => {
    const { id: gezinId } = await nieuwGezin();
    const voor = await aantal("gi_inzet");
    const basis = { product: "PRODUCT_2A", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" };

    const anoniem = await subgraph.request(REGISTREER_INZET, { gezinId, invoer: { ...basis, anoniem: true } });
    expect(anoniem.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "anoniem" });

    const onbekend = await subgraph.request(REGISTREER_INZET, { gezinId, invoer: { ...basis, product: "PRODUCT_3" } });
    expect(onbekend.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const letterlijk = await subgraph.request(
      `mutation { registreerInzet(gezinId: "${gezinId}", invoer: { product: PRODUCT_3, startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" }) { id } }`,
    );
    expect(letterlijk.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    const vreemd = await subgraph.request(REGISTREER_INZET, { gezinId, invoer: { ...basis, medewerkerId: "lt-fatima-bakker" } });
    expect(vreemd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });

    const omgekeerd = await subgraph.request(REGISTREER_INZET, { gezinId, invoer: { ...basis, einddatum: "2025-04-30" } });
    expect(omgekeerd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });

    const geenGezin = await subgraph.request(REGISTREER_INZET, { gezinId: "gezin-7", invoer: basis });
    expect(geenGezin.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });

    expect(await aantal("gi_inzet")).toBe(voor);
    expect((await gezin(gezinId)).giInzet).toEqual([]);
    // An unknown involvement answers as one of a household the GI may not write in (existence is data).
    const BEEINDIG_INZET = `mutation($id: ID!) { beeindigInzet(inzetId: $id, einddatum: "2025-08-01") { id } }`;
    const geweigerdeInzet = await recordZonderBetrokkenheid("gi_inzet");
    const [inzetVoor] = await subgraph.db.query(`SELECT einddatum FROM gi_inzet WHERE id = $1`, [geweigerdeInzet]);
    expectOnbekendAlsGeweigerd(await subgraph.request(BEEINDIG_INZET, { id: randomUUID() }), await subgraph.request(BEEINDIG_INZET, { id: geweigerdeInzet }));
    const [inzetNa] = await subgraph.db.query(`SELECT einddatum FROM gi_inzet WHERE id = $1`, [geweigerdeInzet]);
    expect(inzetNa).toEqual(inzetVoor);
  });

  it("assigns a jeugdbeschermer and closes the previous assignment on the same day", async () => {
    const { id: gezinId } = await nieuwGezin();
    const wijsToe = (medewerkerId: string, vanaf: string) =>
      subgraph.request(`mutation($g: ID!, $m: ID!, $v: Datum!) { wijsJeugdbeschermerToe(gezinId: $g, medewerkerId: $m, vanaf: $v) { vanaf tot } }`, {
        g: gezinId,
        m: medewerkerId,
        v: vanaf,
      });
    expect((await wijsToe("gi-mariam-el-idrissi", "2025-01-01")).errors).toBeUndefined();
    expect((await wijsToe("gi-tom-hoekstra", "2025-06-01")).errors).toBeUndefined();

    const nogmaals = await wijsToe("gi-tom-hoekstra", "2025-07-01");
    expect(nogmaals.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });
    const vreemd = await wijsToe("rvdk-hans-vermeulen", "2025-07-01");
    expect(vreemd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "medewerkerId" });
    const terug = await wijsToe("gi-mariam-el-idrissi", "2025-05-01");
    expect(terug.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vanaf" });

    const result = await gezin(gezinId);
    expect(result.jeugdbeschermer).toEqual({ id: "gi-tom-hoekstra", naam: "Tom Hoekstra", organisatie: "GI" });
    expect(result.jeugdbeschermerhistorie).toEqual([
      { medewerker: { id: "gi-mariam-el-idrissi" }, vanaf: "2025-01-01", tot: "2025-06-01" },
      { medewerker: { id: "gi-tom-hoekstra" }, vanaf: "2025-06-01", tot: null },
    ]);
  });

  it("registers youth probation for a young person, shows it on the Persoon, and ends it", async () => {
    // The register names the jeugdreclasseerder on the GI's involvement; she records, ends and reads it.
    const wendy = giMedewerker("gi-wendy-claassen");
    const { id: gezinId, kinderen: [jongereId] } = await nieuwGezin(1, [{ regime: "ROOD", medewerkerId: wendy.userId }]);
    const registratie = await subgraph.request(
      `mutation($g: ID!, $i: JeugdreclasseringInvoer!) { registreerJeugdreclassering(gezinId: $g, invoer: $i) { id kader actief jeugdreclasseerder { id } } }`,
      { g: gezinId, i: { persoonId: jongereId, kader: "HARDE_KERN", startdatum: "2025-03-01", jeugdreclasseerderId: "gi-wendy-claassen" } },
      wendy,
    );
    expect(registratie.errors).toBeUndefined();
    const id = registratie.data!.registreerJeugdreclassering.id;
    const beeindig = (einddatum: string) =>
      subgraph.request(
        `mutation($id: ID!, $e: Datum!) { beeindigJeugdreclassering(jeugdreclasseringId: $id, einddatum: $e) { einddatum } }`,
        { id, e: einddatum },
        wendy,
      );

    const tevroeg = await beeindig("2025-02-28");
    expect(tevroeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "einddatum" });
    expect((await beeindig("2025-11-30")).errors).toBeUndefined();

    const persoon = await subgraph.request<{ _entities: Array<{ jeugdreclassering: unknown[] }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { jeugdreclassering { kader startdatum einddatum actief jongere { id gezinId } jeugdreclasseerder { id } } } } }`,
      { r: [{ __typename: "Persoon", id: jongereId, gezinId }] },
      wendy,
    );
    expect(persoon.errors).toBeUndefined();
    expect(persoon.data!._entities[0]!.jeugdreclassering).toEqual([
      { kader: "HARDE_KERN", startdatum: "2025-03-01", einddatum: "2025-11-30", actief: false, jongere: { id: jongereId, gezinId }, jeugdreclasseerder: { id: "gi-wendy-claassen" } },
    ]);
    expect((await gezin(gezinId, wendy)).jeugdreclassering).toHaveLength(1);
  });

  it("sets veranderplan versions during a measure and a borgingsplan at its end, and refuses them without a measure", async () => {
    // The GI's red involvement is registered, but the measure itself is not recorded here yet.
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const veranderplan = (g: string, vastgesteldOp: string, doelen: string[]) => subgraph.request(VERANDERPLAN, { g, i: { vastgesteldOp, doelen } });
    const borgingsplan = (g: string, vastgesteldOp: string, afspraken: string[]) => subgraph.request(BORGINGSPLAN, { g, i: { vastgesteldOp, afspraken } });

    const planVoor = await aantal("veranderplan");
    const zonderMaatregel = await veranderplan(gezinId, "2025-03-01", ["Ouders lossen conflicten op zonder geweld."]);
    expect(zonderMaatregel.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vastgesteldOp" });
    const zonderBorging = await borgingsplan(gezinId, "2025-03-01", ["Oma belt twee keer per week."]);
    expect(zonderBorging.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "vastgesteldOp" });
    expect(await aantal("veranderplan")).toBe(planVoor);

    await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    expect((await veranderplan(gezinId, "2025-02-20", ["Ouders lossen conflicten op zonder geweld."])).data?.stelVeranderplanVast.versie).toBe(1);
    expect((await veranderplan(gezinId, "2025-07-01", ["De kinderen gaan elke dag naar school."])).data?.stelVeranderplanVast.versie).toBe(2);
    const leeg = await veranderplan(gezinId, "2025-08-01", []);
    expect(leeg.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "doelen" });
    const eerder = await veranderplan(gezinId, "2025-06-01", ["Een doel."]);
    expect(eerder.errors?.[0]?.message).toMatch(/Versie 2 is vastgesteld op 2025-07-01/);
    expect((await borgingsplan(gezinId, "2025-12-15", ["Het netwerk komt eens per kwartaal samen."])).errors).toBeUndefined();

    const result = await gezin(gezinId);
    expect(result.veranderplan).toMatchObject({ versie: 2, vastgesteldOp: "2025-07-01", doelen: ["De kinderen gaan elke dag naar school."] });
    expect(result.borgingsplan).toEqual({ vastgesteldOp: "2025-12-15", afspraken: ["Het netwerk komt eens per kwartaal samen."] });
  });

  it("opens a household's GI dossier by id, and refuses an id that is not a UUID", async () => {
    const DOSSIER = `query($g: ID!) { giDossier(gezinId: $g) { id maatregelen { soort } } }`;
    const rood = inFase("ROOD").find((g) => kinderen(g).length > 0)!;
    const response = await subgraph.request(DOSSIER, { g: rood.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.giDossier.maatregelen).toHaveLength(kinderen(rood).length);
    // After the measure the GI no longer opens the dossier; the household itself still does.
    const beeindigd = inFase("MAATREGEL_BEEINDIGD").find((g) => kinderen(g).length > 0)!;
    const geweigerd = await subgraph.request(DOSSIER, { g: beeindigd.id });
    expect(geweigerd.data?.giDossier ?? null).toBeNull();
    alleenGeweigerd(geweigerd, "no-involvement");
    const eigen = await subgraph.request(DOSSIER, { g: beeindigd.id }, inwoner(beeindigd));
    expect(eigen.errors).toBeUndefined();
    expect(eigen.data!.giDossier.maatregelen).toHaveLength(kinderen(beeindigd).length);
    const fout = await subgraph.request(`{ giDossier(gezinId: "gezin-1") { id } }`);
    expect(fout.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", veld: "gezinId" });
  });
});

describe("gi subgraph: access (need to know, the owner writes)", () => {
  it("refuses every GI mutation to professionals of other organisations, even where they work with the household, and to the household itself, writing nothing", async () => {
    const { id: gezinId, kinderen: [kindId], inwoner: gezinslid } = await nieuwGezin();
    const maatregelId = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    // The RvdK investigates in this household, and the household knows: it may read there, never write the GI's data.
    await registreerBetrokkenheid(gezinId, { organisatie: "RVDK", regime: "ORANJE", intensiteit: "MIDDEL", startdatum: "2024-09-01", medewerkerId: "rvdk-hans-vermeulen", geinformeerdOp: "2024-09-02" });
    const raadsonderzoeker = als(DemoOrganisatie.RVDK, Rol.MEDEWERKER, "rvdk-hans-vermeulen");
    const tabellen = ["maatregel", "maatregel_verlenging", "veranderplan", "jeugdbeschermer_toewijzing", "gi_inzet"];
    const voor = await Promise.all(tabellen.map(aantal));

    const pogingen: Array<[string, Record<string, unknown>]> = [
      [REGISTREER_MAATREGEL, { gezinId, invoer: { persoonId: kindId, soort: "VOOGDIJ", startdatum: "2025-02-01", beschikkingsnummer: "x" } }],
      [VERLENG, { id: maatregelId, invoer: { datum: "2025-12-01", nieuweEinddatum: "2026-06-01", beschikkingsnummer: "x" } }],
      [BEEINDIG_MAATREGEL, { id: maatregelId, einddatum: "2025-06-01", reden: "x" }],
      [VERANDERPLAN, { g: gezinId, i: { vastgesteldOp: "2025-02-20", doelen: ["Een doel."] } }],
      [`mutation($g: ID!) { wijsJeugdbeschermerToe(gezinId: $g, medewerkerId: "gi-wendy-claassen", vanaf: "2025-02-01") { vanaf } }`, { g: gezinId }],
      [REGISTREER_INZET, { gezinId, invoer: { product: "PRODUCT_2B", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" } }],
    ];
    for (const [mutatie, variabelen] of pogingen) {
      for (const principal of [LT_TEAMLEIDER, raadsonderzoeker]) {
        const response = await subgraph.request(mutatie, variabelen, principal);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "not-data-owner" });
      }
      // The household reads its own dossier but writes nothing in it: mutations are for professionals.
      const eigen = await subgraph.request(mutatie, variabelen, gezinslid);
      expect(eigen.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "category-not-allowed" });
    }

    expect(await Promise.all(tabellen.map(aantal))).toEqual(voor);
    const result = await gezin(gezinId);
    expect(result.maatregelen).toEqual([expect.objectContaining({ id: maatregelId, einddatum: "2026-01-10", beeindigingsreden: null, verlengingen: [] })]);
    expect(result).toMatchObject({ veranderplan: null, jeugdbeschermerhistorie: [], giInzet: [] });
  });

  it("admits the GI professionals the register names and its team roles, refuses an unnamed colleague, and the voluntary phase's adviser in the forced one (rule 5)", async () => {
    // Mariam acted together with the household (green) until the measure; Tom is its jeugdbeschermer (red).
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin(1, [
      { regime: "GROEN", medewerkerId: "gi-mariam-el-idrissi", startdatum: "2024-07-01", einddatum: "2024-11-30" },
      { regime: "ROOD", medewerkerId: "gi-tom-hoekstra", startdatum: "2024-12-01" },
    ]);
    const maatregelId = await ots(gezinId, kindId!, "2024-12-01", "2025-11-30");
    const tom = giMedewerker("gi-tom-hoekstra");
    const mariam = giMedewerker("gi-mariam-el-idrissi");
    const wendy = giMedewerker("gi-wendy-claassen");

    for (const principal of [tom, GI_TEAMLEIDER, GI_GEDRAGSWETENSCHAPPER]) {
      expect((await gezin(gezinId, principal)).maatregelen).toEqual([expect.objectContaining({ kind: { id: kindId }, startdatum: "2024-12-01" })]);
    }
    await verwachtGeweigerd([gezinId], wendy, "no-involvement");
    await verwachtGeweigerd([gezinId], mariam, "separation-of-duties");

    // Neither writes: not by household (a plan), nor by record id (extending or ending the measure).
    const planVoor = await aantal("veranderplan");
    const verlengingenVoor = await aantal("maatregel_verlenging");
    const plan = { vastgesteldOp: "2025-01-15", doelen: ["Ouders lossen conflicten op zonder geweld."] };
    for (const [principal, reden] of [[wendy, "no-involvement"], [mariam, "separation-of-duties"]] as const) {
      for (const [mutatie, variabelen] of [
        [VERANDERPLAN, { g: gezinId, i: plan }],
        [VERLENG, { id: maatregelId, invoer: { datum: "2025-11-01", nieuweEinddatum: "2026-05-31", beschikkingsnummer: "x" } }],
        [BEEINDIG_MAATREGEL, { id: maatregelId, einddatum: "2025-06-01", reden: "x" }],
      ] as const) {
        const response = await subgraph.request(mutatie, variabelen, principal);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden });
      }
    }
    expect(await aantal("veranderplan")).toBe(planVoor);
    expect(await aantal("maatregel_verlenging")).toBe(verlengingenVoor);
    expect((await gezin(gezinId, tom)).maatregelen).toEqual([expect.objectContaining({ id: maatregelId, einddatum: "2025-11-30", beeindigingsreden: null, verlengingen: [] })]);
    const vastgesteld = await subgraph.request(VERANDERPLAN, { g: gezinId, i: plan }, tom);
    expect(vastgesteld.errors).toBeUndefined();
    expect(vastgesteld.data!.stelVeranderplanVast.versie).toBe(1);
    expect((await gezin(gezinId, tom)).veranderplan).toMatchObject({ versie: 1, vastgesteldOp: "2025-01-15" });

    // The seeded red households tell the same: whoever acted together (2a) before the measure is refused it, a third colleague too.
    for (const demo of inFase("ROOD")) {
      const jb = scenario.toegewezen(demo, DemoOrganisatie.GI);
      const adviseur = scenario.collega(jb);
      const derde = scenario.medewerkers.find((m) => m.organisatie === DemoOrganisatie.GI && m.rol === Rol.MEDEWERKER && m.id !== jb.id && m.id !== adviseur.id)!;
      await verwachtGeweigerd([demo.id], giMedewerker(adviseur.id), "separation-of-duties");
      await verwachtGeweigerd([demo.id], giMedewerker(derde.id), "no-involvement");
    }
  });

  it("ends the GI's access to a household, reading and writing alike, the moment the register ends its involvement", async () => {
    const { id: gezinId, kinderen: [kindId], inwoner: gezinslid } = await nieuwGezin(1, []);
    const betrokkenheidId = await registreerBetrokkenheid(gezinId, { organisatie: "GI", regime: "ROOD", intensiteit: "ZWAAR", startdatum: "2024-12-01", medewerkerId: "gi-tom-hoekstra" });
    const tom = giMedewerker("gi-tom-hoekstra");
    const maatregelId = await ots(gezinId, kindId!, "2024-12-01", "2025-11-30", tom);
    expect((await gezin(gezinId, tom)).maatregelen).toHaveLength(1);

    const einde = await subgraph.register.request(
      `mutation($b: ID!, $d: Datum!) { beeindigBetrokkenheid(betrokkenheidId: $b, einddatum: $d) { actief } }`,
      { b: betrokkenheidId, d: plusDagen(vandaag(), -1) },
      LT_TEAMLEIDER,
    );
    expect(einde.errors).toBeUndefined();
    expect(einde.data!.beeindigBetrokkenheid.actief).toBe(false);

    for (const principal of [tom, GI_TEAMLEIDER]) await verwachtGeweigerd([gezinId], principal, "no-involvement");
    const borgingVoor = await aantal("borgingsplan");
    const borging = await subgraph.request(BORGINGSPLAN, { g: gezinId, i: { vastgesteldOp: "2025-11-15", afspraken: ["Oma belt twee keer per week."] } }, tom);
    expect(borging.data ?? null).toBeNull();
    expect(borging.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
    expect(await aantal("borgingsplan")).toBe(borgingVoor);
    const verlenging = await subgraph.request(VERLENG, { id: maatregelId, invoer: { datum: "2025-11-01", nieuweEinddatum: "2026-05-31", beschikkingsnummer: "x" } }, GI_TEAMLEIDER);
    expect(verlenging.data ?? null).toBeNull();
    expect(verlenging.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reden: "no-involvement" });
    // The household still sees its measure, and that nothing was added or changed.
    expect(await gezin(gezinId, gezinslid)).toMatchObject({
      maatregelen: [expect.objectContaining({ id: maatregelId, startdatum: "2024-12-01", einddatum: "2025-11-30", verlengingen: [] })],
      borgingsplan: null,
    });
  });
});

/** The highest sequence number in the GI's outbox so far: a test reads what its own mutations announced after it. */
async function laatsteVolgnummer(): Promise<string> {
  const [rij] = (await subgraph.db.query(`SELECT coalesce(max(volgnummer), 0)::text AS n FROM aankondiging_uit`)) as Array<{ n: string }>;
  return rij!.n;
}

/** What the GI's outbox holds after `na`, oldest first: the announcements as the register receives them. */
async function aankondigingenNa(na: string): Promise<Array<Record<string, unknown>>> {
  const rijen = (await subgraph.db.query(`SELECT inhoud FROM aankondiging_uit WHERE volgnummer > $1 ORDER BY volgnummer`, [na])) as Array<{ inhoud: Record<string, unknown> }>;
  return rijen.map((rij) => rij.inhoud);
}

const REGIEHISTORIE = `query($id: ID!) { gezin(id: $id) { regiehistorie { organisatie vanaf tot reden oorzaakType } } }`;
const GEEF_REGIE_TERUG = `mutation($g: ID!, $i: RegieTeruggaveInvoer!) { geefRegieTerug(gezinId: $g, invoer: $i) { id per reden } }`;
const WIJS_TOE = `mutation($g: ID!, $m: ID!, $v: Datum!) { wijsJeugdbeschermerToe(gezinId: $g, medewerkerId: $m, vanaf: $v) { vanaf } }`;

async function regiehistorie(gezinId: string): Promise<Array<{ organisatie: string; vanaf: string; tot: string | null; reden: string; oorzaakType: string | null }>> {
  const response = await subgraph.register.request(REGIEHISTORIE, { id: gezinId }, LT_TEAMLEIDER);
  expect(response.errors).toBeUndefined();
  return response.data!.gezin.regiehistorie;
}

// Each record announces what it makes in lokaal-team's register in the transaction that writes it (the outbox):
// its whole state each time, so the register can replace what it had. What is refused announces nothing.
describe("gi subgraph: the register follows the work (outbox)", () => {
  it("announces the seeded inzet and measures through the outbox, one involvement per record, every one taken by the register", async () => {
    const records = (await subgraph.db.query(
      `SELECT id::text AS id FROM gi_inzet WHERE "gezinId" = ANY($1::uuid[]) UNION ALL SELECT id::text FROM maatregel WHERE "gezinId" = ANY($1::uuid[])`,
      [scenario.gezinnen.map((g) => g.id)],
    )) as Array<{ id: string }>;
    const betrokkenheden = (await subgraph.register.db.query(
      `SELECT "bronId"::text AS id FROM betrokkenheid WHERE organisatie = 'GI' AND "gezinId" = ANY($1::uuid[])`,
      [scenario.gezinnen.map((g) => g.id)],
    )) as Array<{ id: string }>;
    expect(records.length).toBeGreaterThan(scenario.gezinnen.length / 2);
    expect(betrokkenheden.map((b) => b.id).sort()).toEqual(records.map((r) => r.id).sort());
    const uitkomsten = (await subgraph.register.db.query(`SELECT uitkomst, count(*)::int AS n FROM aankondiging_in WHERE bron = 'GI' GROUP BY uitkomst`)) as Array<{ uitkomst: string; n: number }>;
    expect(uitkomsten.filter((u) => u.uitkomst !== "verwerkt")).toEqual([]);
  });

  it("announces a 2b inzet as a green involvement holding regie, and its whole state again when it ends; the register moves regie for that period", async () => {
    const tom = giMedewerker("gi-tom-hoekstra");
    const { id: gezinId } = await nieuwGezin(1, [{ regime: "GROEN", medewerkerId: tom.userId }]);
    const voor = await laatsteVolgnummer();
    const registratie = await subgraph.request(REGISTREER_INZET, { gezinId, invoer: { product: "PRODUCT_2B", startdatum: "2025-05-01", medewerkerId: tom.userId } }, tom);
    expect(registratie.errors).toBeUndefined();
    const id = registratie.data!.registreerInzet.id;
    const betrokkenheid = { regime: "GROEN", intensiteit: "MIDDEL", anoniem: false, startdatum: "2025-05-01", einddatum: null, medewerkerId: tom.userId, regie: "GI-product 2b" };
    const gestart = { soort: "INZET_GESTART", datum: "2025-05-01", categorie: "HULPVERLENING", titel: "Casusregie bij de GI in het vrijwillig kader (product 2b)" };
    expect(await aankondigingenNa(voor)).toEqual([{ gezinId, record: { type: "GiInzet", id }, betrokkenheid, tijdlijn: [gestart] }]);

    const einde = await subgraph.request(`mutation($id: ID!) { beeindigInzet(inzetId: $id, einddatum: "2025-08-01") { id } }`, { id }, tom);
    expect(einde.errors).toBeUndefined();
    expect(await aankondigingenNa(voor)).toEqual([
      expect.anything(),
      {
        gezinId,
        record: { type: "GiInzet", id },
        betrokkenheid: { ...betrokkenheid, einddatum: "2025-08-01" },
        tijdlijn: [gestart, { soort: "INZET_BEEINDIGD", datum: "2025-08-01", categorie: "HULPVERLENING", titel: "Casusregie bij de GI (product 2b) beëindigd" }],
      },
    ]);
    // Delivered when each mutation committed: regie went to the GI for the product's period, then back.
    expect((await regiehistorie(gezinId)).map(({ organisatie, vanaf, tot }) => ({ organisatie, vanaf, tot }))).toEqual([
      { organisatie: "LOKAAL_TEAM", vanaf: "2024-06-01", tot: "2025-05-01" },
      { organisatie: "GI", vanaf: "2025-05-01", tot: "2025-08-01" },
      { organisatie: "LOKAAL_TEAM", vanaf: "2025-08-01", tot: null },
    ]);
  });

  it("announces anonymous advice (product 1) as an anonymous, light advice involvement without regie", async () => {
    const mariam = giMedewerker("gi-mariam-el-idrissi");
    const { id: gezinId } = await nieuwGezin(1, []);
    const voor = await laatsteVolgnummer();
    const registratie = await subgraph.request(
      REGISTREER_INZET,
      { gezinId, invoer: { product: "PRODUCT_1", startdatum: "2025-02-03", anoniem: true, medewerkerId: mariam.userId } },
      GI_TEAMLEIDER,
    );
    expect(registratie.errors).toBeUndefined();
    expect(await aankondigingenNa(voor)).toEqual([
      {
        gezinId,
        record: { type: "GiInzet", id: registratie.data!.registreerInzet.id },
        betrokkenheid: { regime: "ADVIES", intensiteit: "LICHT", anoniem: true, startdatum: "2025-02-03", einddatum: null, medewerkerId: mariam.userId, regie: null },
        tijdlijn: [{ soort: "INZET_GESTART", datum: "2025-02-03", categorie: "HULPVERLENING", titel: "Anoniem advies van de GI (product 1)" }],
      },
    ]);
  });

  it("announces a measure's red involvement with the child, naming the jeugdbeschermer once assigned, with each extension and the early end; a placement order that lapses announces its end too", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const tom = "gi-tom-hoekstra";
    const feit = (soort: string, datum: string, titel: string, uitkomst: string | null) => ({ soort, datum, categorie: "JUSTITIEEL", titel, uitkomst, persoonId: kindId });
    const aankondigingOts = (einddatum: string, medewerkerId: string, tijdlijn: unknown[]) => ({
      gezinId,
      record: { type: "Maatregel", id: otsId },
      betrokkenheid: { regime: "ROOD", intensiteit: "ZWAAR", anoniem: false, startdatum: "2025-01-10", einddatum, medewerkerId, persoonId: kindId, regie: "Ondertoezichtstelling" },
      tijdlijn,
    });
    const gestart = feit("MAATREGEL_GESTART", "2025-01-10", "Ondertoezichtstelling uitgesproken door de kinderrechter", "Ondertoezichtstelling tot 2026-01-10");

    let na = await laatsteVolgnummer();
    const otsId = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    // No jeugdbeschermer assigned yet: the involvement names who recorded the measure.
    expect(await aankondigingenNa(na)).toEqual([aankondigingOts("2026-01-10", subgraph.defaultPrincipal.userId, [gestart])]);

    na = await laatsteVolgnummer();
    expect((await subgraph.request(WIJS_TOE, { g: gezinId, m: tom, v: "2025-02-01" })).errors).toBeUndefined();
    expect(await aankondigingenNa(na)).toEqual([aankondigingOts("2026-01-10", tom, [gestart])]);

    na = await laatsteVolgnummer();
    const verlengd = await subgraph.request(VERLENG, { id: otsId, invoer: { datum: "2025-12-15", nieuweEinddatum: "2027-01-10", beschikkingsnummer: "C/16/555555 / JE RK 25-2222" } });
    expect(verlengd.errors).toBeUndefined();
    const verlenging = feit("MAATREGEL_VERLENGD", "2025-12-15", "Ondertoezichtstelling verlengd", "Ondertoezichtstelling tot 2027-01-10");
    expect(await aankondigingenNa(na)).toEqual([aankondigingOts("2027-01-10", tom, [gestart, verlenging])]);

    na = await laatsteVolgnummer();
    const machtiging = await subgraph.request(REGISTREER_MAATREGEL, {
      gezinId,
      invoer: { persoonId: kindId, soort: "MACHTIGING_UITHUISPLAATSING", startdatum: "2026-02-01", einddatum: "2026-12-01", beschikkingsnummer: "C/16/555556 / JE RK 26-3333" },
    });
    expect(machtiging.errors).toBeUndefined();
    const machtigingId = machtiging.data!.registreerMaatregel.id;
    const machtigingRood = { regime: "ROOD", intensiteit: "ZWAAR", anoniem: false, startdatum: "2026-02-01", medewerkerId: tom, persoonId: kindId, regie: null };
    // A placement order lives within the OTS, which holds regie: it holds none of its own.
    expect(await aankondigingenNa(na)).toEqual([
      {
        gezinId,
        record: { type: "Maatregel", id: machtigingId },
        betrokkenheid: { ...machtigingRood, einddatum: "2026-12-01" },
        tijdlijn: [feit("MAATREGEL_GESTART", "2026-02-01", "Machtiging uithuisplaatsing uitgesproken door de kinderrechter", "Machtiging uithuisplaatsing tot 2026-12-01")],
      },
    ]);

    na = await laatsteVolgnummer();
    const reden = "Doelen behaald; opgeheven door de kinderrechter.";
    expect((await subgraph.request(BEEINDIG_MAATREGEL, { id: otsId, einddatum: "2026-03-01", reden })).errors).toBeUndefined();
    expect(await aankondigingenNa(na)).toEqual([
      aankondigingOts("2026-03-01", tom, [gestart, verlenging, feit("MAATREGEL_BEEINDIGD", "2026-03-01", "Ondertoezichtstelling voortijdig beëindigd", reden)]),
      {
        gezinId,
        record: { type: "Maatregel", id: machtigingId },
        betrokkenheid: { ...machtigingRood, einddatum: "2026-03-01" },
        tijdlijn: [
          // The placement order's own end was overwritten by the lapse: its start no longer says until when.
          feit("MAATREGEL_GESTART", "2026-02-01", "Machtiging uithuisplaatsing uitgesproken door de kinderrechter", null),
          feit("MAATREGEL_BEEINDIGD", "2026-03-01", "Machtiging uithuisplaatsing voortijdig beëindigd", "Vervallen met het einde van de ondertoezichtstelling."),
        ],
      },
    ]);
  });

  it("announces nothing for a refused or invalid mutation", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const otsId = await ots(gezinId, kindId!, "2025-01-10", "2026-01-10");
    const voor = await laatsteVolgnummer();
    const pogingen: Array<[string, Record<string, unknown>, Principal | undefined]> = [
      // Not the GI's to write.
      [REGISTREER_MAATREGEL, { gezinId, invoer: { persoonId: kindId, soort: "VOOGDIJ", startdatum: "2025-02-01", beschikkingsnummer: "x" } }, LT_TEAMLEIDER],
      [REGISTREER_INZET, { gezinId, invoer: { product: "PRODUCT_2A", startdatum: "2025-05-01", medewerkerId: "gi-tom-hoekstra" } }, LT_TEAMLEIDER],
      // Invalid: refused before or after the record was built, the transaction rolls the announcement back with it.
      [REGISTREER_INZET, { gezinId, invoer: { product: "PRODUCT_2A", startdatum: "2025-05-01", anoniem: true, medewerkerId: "gi-tom-hoekstra" } }, undefined],
      [REGISTREER_MAATREGEL, { gezinId, invoer: { persoonId: kindId, soort: "ONDERTOEZICHTSTELLING", startdatum: "2025-06-01", einddatum: "2026-05-31", beschikkingsnummer: "x" } }, undefined],
      [VERLENG, { id: otsId, invoer: { datum: "2025-12-01", nieuweEinddatum: "2027-01-11", beschikkingsnummer: "x" } }, undefined],
      [BEEINDIG_MAATREGEL, { id: otsId, einddatum: "2026-02-01", reden: "x" }, undefined],
      [WIJS_TOE, { g: gezinId, m: "rvdk-hans-vermeulen", v: "2025-02-01" }, undefined],
    ];
    for (const [mutatie, variabelen, principal] of pogingen) {
      const response = await subgraph.request(mutatie, variabelen, principal);
      expect(response.errors?.length).toBeGreaterThan(0);
    }
    expect(await aankondigingenNa(voor)).toEqual([]);
  });

  it("hands regie back early with a reason: recorded, announced, and the register gives regie to the local team from that day while the measure runs on", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const start = plusDagen(vandaag(), -60);
    const per = plusDagen(vandaag(), -10);
    await ots(gezinId, kindId!, start, plusDagen(start, 364));
    expect((await regiehistorie(gezinId)).map((p) => p.organisatie)).toEqual(["LOKAAL_TEAM", "GI"]);

    const voor = await laatsteVolgnummer();
    const response = await subgraph.request<{ geefRegieTerug: { id: string; per: string; reden: string } }>(GEEF_REGIE_TERUG, {
      g: gezinId,
      i: { per, reden: "  Veiligheid is geborgd; het lokale team kan de regie weer dragen. " },
    });
    expect(response.errors).toBeUndefined();
    const reden = "Veiligheid is geborgd; het lokale team kan de regie weer dragen.";
    const { id } = response.data!.geefRegieTerug;
    expect(response.data!.geefRegieTerug).toEqual({ id, per, reden });
    expect(await aankondigingenNa(voor)).toEqual([{ gezinId, record: { type: "RegieTeruggave", id }, regieTerug: { per, reden } }]);

    expect(await regiehistorie(gezinId)).toEqual([
      expect.objectContaining({ organisatie: "LOKAAL_TEAM", vanaf: "2024-06-01", tot: start }),
      expect.objectContaining({ organisatie: "GI", vanaf: start, tot: per, oorzaakType: "Maatregel" }),
      { organisatie: "LOKAAL_TEAM", vanaf: per, tot: null, reden: `Regie teruggegeven door de GI: ${reden}`, oorzaakType: "RegieTeruggave" },
    ]);
    // The measure itself runs on.
    expect((await gezin(gezinId)).maatregelen).toEqual([expect.objectContaining({ startdatum: start, status: "LOPEND", beeindigingsreden: null })]);
  });

  it("refuses a hand-back without a reason, dated in the future, where the GI holds no regie that day, twice, or by another organisation, and records and announces nothing", async () => {
    const { id: gezinId, kinderen: [kindId] } = await nieuwGezin();
    const start = plusDagen(vandaag(), -60);
    await ots(gezinId, kindId!, start, plusDagen(start, 364));
    const { id: zonderMaatregel } = await nieuwGezin();
    const eerste = await subgraph.request(GEEF_REGIE_TERUG, { g: gezinId, i: { per: plusDagen(vandaag(), -20), reden: "Veiligheid geborgd." } });
    expect(eerste.errors).toBeUndefined();

    const voor = await laatsteVolgnummer();
    const teruggavenVoor = await aantal("regie_teruggave");
    const gevallen: Array<[string, Record<string, string>, Principal | undefined, Record<string, unknown>, RegExp | null]> = [
      [gezinId, { per: plusDagen(vandaag(), -5), reden: "   " }, undefined, { code: "BAD_USER_INPUT", veld: "reden" }, /waarom de GI de regie/],
      [gezinId, { per: plusDagen(vandaag(), 1), reden: "Te vroeg." }, undefined, { code: "BAD_USER_INPUT", veld: "per" }, /in de toekomst/],
      [gezinId, { per: plusDagen(start, -1), reden: "Voor de maatregel." }, undefined, { code: "BAD_USER_INPUT", veld: "per" }, /geen regie bij dit huishouden/],
      [zonderMaatregel, { per: plusDagen(vandaag(), -5), reden: "Geen maatregel." }, undefined, { code: "BAD_USER_INPUT", veld: "per" }, /geen regie bij dit huishouden/],
      [gezinId, { per: plusDagen(vandaag(), -5), reden: "Nogmaals." }, undefined, { code: "BAD_USER_INPUT", veld: "per" }, /al teruggegeven per/],
      [gezinId, { per: plusDagen(vandaag(), -5), reden: "Niet van ons." }, LT_TEAMLEIDER, { code: "FORBIDDEN", reden: "not-data-owner" }, null],
    ];
    for (const [g, invoer, principal, extensions, melding] of gevallen) {
      const response = await subgraph.request(GEEF_REGIE_TERUG, { g, i: invoer }, principal);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject(extensions);
      if (melding) expect(response.errors?.[0]?.message).toMatch(melding);
    }
    expect(await aantal("regie_teruggave")).toBe(teruggavenVoor);
    expect(await aankondigingenNa(voor)).toEqual([]);
  });
});
