import { readFileSync } from "node:fs";
import path from "node:path";
import {
  beslis,
  type BetrokkenheidFeit,
  Gegevenscategorie,
  isGeldigBsn,
  magOoitLezen,
  Organisatie,
  type Principal,
  Regime,
  Rol,
  type Toegangsbasis,
  type ToestemmingFeit,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, plusDagen } from "@gezinsbeeld/demo";
import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import { startHubForTest, type HubUnderTest } from "../support/hub";
import type { GraphQLResponse } from "../support/subgraph";

/**
 * The generated matrix: every (organisation, role, regime, consent state,
 * category) gets the decision the policy promises, end to end through the
 * gateway on households built for each state with the hub's own mutations.
 */
let hub: HubUnderTest;
const SUPERGRAPH = readFileSync(path.join(__dirname, "..", "..", "gateway", "supergraph.graphql"), "utf8");

/** One Gezin field per category and owner, with its category read from the supergraph itself. */
const VELDEN: Array<{ veld: string; selectie: string; eigenaar: Organisatie }> = [
  { veld: "naam", selectie: "naam", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "postcode", selectie: "postcode", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "leden", selectie: "leden { id }", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "aanleiding", selectie: "aanleiding", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "gevaarsoordelen", selectie: "gevaarsoordelen { id }", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "tijdslijn", selectie: "tijdslijn { id }", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "toestemmingen", selectie: "toestemmingen { id }", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "noodtoegangen", selectie: "noodtoegangen { id }", eigenaar: DemoOrganisatie.LOKAAL_TEAM },
  { veld: "meldingen", selectie: "meldingen { id }", eigenaar: DemoOrganisatie.VEILIG_THUIS },
  { veld: "vertrouwensartsAdviezen", selectie: "vertrouwensartsAdviezen { id }", eigenaar: DemoOrganisatie.VEILIG_THUIS },
  { veld: "adviezen", selectie: "adviezen { id }", eigenaar: DemoOrganisatie.VEILIG_THUIS },
  { veld: "beschermingsonderzoeken", selectie: "beschermingsonderzoeken { id }", eigenaar: DemoOrganisatie.RVDK },
  { veld: "maatregelen", selectie: "maatregelen { id }", eigenaar: DemoOrganisatie.GI },
  { veld: "giInzet", selectie: "giInzet { id }", eigenaar: DemoOrganisatie.GI },
  { veld: "ervaringsdeskundigen", selectie: "ervaringsdeskundigen { id }", eigenaar: DemoOrganisatie.ERVARINGSDESKUNDIGEN },
];

function categorieInSupergraph(veld: string): Gegevenscategorie {
  const gezin = parse(SUPERGRAPH).definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Gezin")!;
  const argument = gezin.fields?.find((f) => f.name.value === veld)?.directives?.find((d) => d.name.value === "gegevens")?.arguments?.[0];
  if (argument?.value.kind !== Kind.STRING) throw new Error(`Gezin.${veld} has no category in the supergraph`);
  return argument.value.value as Gegevenscategorie;
}

const MEDEWERKERS: Record<Organisatie, Record<Rol.MEDEWERKER | Rol.GEDRAGSWETENSCHAPPER | Rol.TEAMLEIDER | Rol.PRIVACY_OFFICER | Rol.COORDINATOR, string>> = {
  [DemoOrganisatie.LOKAAL_TEAM]: { MEDEWERKER: "lt-fatima-bakker", GEDRAGSWETENSCHAPPER: "lt-ahmed-benali", TEAMLEIDER: "lt-karin-smits", PRIVACY_OFFICER: "lt-paul-verhoef", COORDINATOR: "lt-nadia-ramdin" },
  [DemoOrganisatie.VEILIG_THUIS]: { MEDEWERKER: "vt-eva-hermans", GEDRAGSWETENSCHAPPER: "vt-dr-anna-koster", TEAMLEIDER: "vt-marco-jansen", PRIVACY_OFFICER: "vt-sophie-lambert", COORDINATOR: "vt-olga-de-ruiter" },
  [DemoOrganisatie.RVDK]: { MEDEWERKER: "rvdk-hans-vermeulen", GEDRAGSWETENSCHAPPER: "rvdk-samir-aziz", TEAMLEIDER: "rvdk-els-timmer", PRIVACY_OFFICER: "rvdk-gert-molenaar", COORDINATOR: "rvdk-lisa-vos" },
  [DemoOrganisatie.GI]: { MEDEWERKER: "gi-mariam-el-idrissi", GEDRAGSWETENSCHAPPER: "gi-jan-prins", TEAMLEIDER: "gi-anouk-schouten", PRIVACY_OFFICER: "gi-ruben-kuiper", COORDINATOR: "gi-femke-dam" },
  [DemoOrganisatie.ERVARINGSDESKUNDIGEN]: { MEDEWERKER: "ed-petra-willems", GEDRAGSWETENSCHAPPER: "ed-kees-maas", TEAMLEIDER: "ed-henk-de-lange", PRIVACY_OFFICER: "ed-ilse-brink", COORDINATOR: "ed-bart-mol" },
};
const ROLLEN = [Rol.MEDEWERKER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER, Rol.PRIVACY_OFFICER, Rol.COORDINATOR] as const;

type RegimeToestand = "GEEN" | "ADVIES_ANONIEM" | Regime.ADVIES | Regime.GROEN | Regime.ORANJE | Regime.ROOD;
type ToestemmingToestand = "GEEN" | "GEGEVEN" | "INGETROKKEN";
const REGIMES: RegimeToestand[] = ["GEEN", "ADVIES_ANONIEM", Regime.ADVIES, Regime.GROEN, Regime.ORANJE, Regime.ROOD];
const TOESTEMMINGEN: ToestemmingToestand[] = ["GEEN", "GEGEVEN", "INGETROKKEN"];
const CONSENT_CATEGORIEEN = Object.values(Gegevenscategorie).filter((c) => ![Gegevenscategorie.GEEN, Gegevenscategorie.MEDEWERKER, Gegevenscategorie.TOEZICHT].includes(c));

let bsnTeller = 10_000;
function nieuwBsn(): string {
  for (;;) {
    const kandidaat = `9998${String(bsnTeller++).padStart(5, "0")}`;
    if (isGeldigBsn(kandidaat)) return kandidaat;
  }
}

const teamleider: Principal = { userId: "lt-karin-smits", organisatie: DemoOrganisatie.LOKAAL_TEAM, rol: Rol.TEAMLEIDER };

async function ok<T = any>(principal: Principal, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await hub.requestAs(principal, query, variables);
  if (response.errors?.length) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

interface Huishouden {
  id: string;
  bsn: string;
  basis: Toegangsbasis;
}

/** A household in one state, made as professionals would: the local team registers, partners are added, consent recorded. */
async function maakHuishouden(aanvrager: Organisatie, regime: RegimeToestand, toestemming: ToestemmingToestand): Promise<Huishouden> {
  const bsn = nieuwBsn();
  const dag = vandaag();
  const { registreerGezin } = await ok<{ registreerGezin: { id: string } }>(
    teamleider,
    `mutation($i: GezinInvoer!) { registreerGezin(invoer: $i) { id } }`,
    { i: { naam: `Gezin Matrix ${bsn}`, aangemeldOp: dag, postcode: "1211 AA", huisnummer: "1", woonplaats: "Hilversum", aanleiding: "Zorgen over veiligheid.", vasteContactpersoonId: "lt-fatima-bakker", leden: [{ bsn, voornamen: "Alex", achternaam: "Matrix", geboortedatum: "1990-01-01", gezinsrol: "OUDER" }] } },
  );
  const id = registreerGezin.id;
  // The local team's own requests vary the partner (Veilig Thuis) it works in tandem with.
  const partner = aanvrager === DemoOrganisatie.LOKAAL_TEAM ? DemoOrganisatie.VEILIG_THUIS : aanvrager;
  const betrokkenheden: BetrokkenheidFeit[] = [];
  if (regime !== "GEEN" && !(regime === Regime.ROOD && partner !== DemoOrganisatie.GI)) {
    const echtRegime = regime === "ADVIES_ANONIEM" ? Regime.ADVIES : regime;
    const feit: BetrokkenheidFeit = {
      organisatie: partner,
      regime: echtRegime,
      anoniem: regime === "ADVIES_ANONIEM",
      startdatum: dag,
      einddatum: null,
      medewerkerId: MEDEWERKERS[partner].MEDEWERKER,
      geinformeerdOp: dag,
    };
    await ok(teamleider, `mutation($g: ID!, $i: BetrokkenheidInvoer!) { registreerBetrokkenheid(gezinId: $g, invoer: $i) { id } }`, {
      g: id,
      i: { organisatie: partner, regime: echtRegime, intensiteit: "MIDDEL", anoniem: feit.anoniem, startdatum: dag, medewerkerId: feit.medewerkerId, geinformeerdOp: dag },
    });
    betrokkenheden.push(feit);
  }
  const toestemmingen: ToestemmingFeit[] = [];
  if (toestemming !== "GEEN") {
    const { registreerToestemming } = await ok<{ registreerToestemming: { id: string } }>(
      teamleider,
      `mutation($g: ID!, $i: ToestemmingInvoer!) { registreerToestemming(gezinId: $g, invoer: $i) { id } }`,
      { g: id, i: { partner, doel: "Samen werken aan veiligheid.", categorieen: CONSENT_CATEGORIEEN, vorm: "SCHRIFTELIJK", gegevenOp: dag } },
    );
    let ingetrokkenOp: string | null = null;
    if (toestemming === "INGETROKKEN") {
      await ok(teamleider, `mutation($t: ID!) { trekToestemmingIn(toestemmingId: $t) { id } }`, { t: registreerToestemming.id });
      ingetrokkenOp = new Date(Date.now() - 1000).toISOString();
    }
    toestemmingen.push({ id: registreerToestemming.id, partner, categorieen: CONSENT_CATEGORIEEN, gegevenOp: dag, ingetrokkenOp });
  }
  return {
    id,
    bsn,
    basis: { gezinId: id, bestaat: true, afgeslotenOp: null, vasteContactpersoonId: "lt-fatima-bakker", ledenBsn: [bsn], betrokkenheden, toestemmingen, noodtoegangen: [] },
  };
}

const QUERY = `query($id: ID!) { gezin(id: $id) { ${VELDEN.map((v) => v.selectie).join(" ")} meldingen { melder { naam } } } }`;

type Uitkomst = "toegestaan" | string;

function uitkomstVan(response: GraphQLResponse, veld: string): Uitkomst {
  const gezin = response.data?.gezin;
  const forbidden = (response.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN");
  // The field's own refusal (the gateway's, or the owner's) first; else the household's as a whole.
  const fout = forbidden.find((e) => e.path?.join(".") === `gezin.${veld}`) ?? (gezin ? undefined : forbidden.find((e) => e.path?.join(".") === "gezin"));
  if (gezin && gezin[veld] !== null && gezin[veld] !== undefined) return "toegestaan";
  return fout?.extensions?.reden ?? `onverklaard: ${JSON.stringify(response.errors?.map((e) => [e.path, e.extensions?.reden]))}`;
}

function verwacht(principal: Principal, categorie: Gegevenscategorie, eigenaar: Organisatie, basis: Toegangsbasis): Uitkomst {
  // The household as a whole first (need to know), as the subgraph decides before any field.
  const geheel = beslis({ principal, categorie: Gegevenscategorie.GEEN, eigenaar: DemoOrganisatie.LOKAAL_TEAM, basis });
  if (!magOoitLezen(principal.organisatie, principal.rol, categorie)) {
    return categorie === Gegevenscategorie.MELDER ? "protected-reporter" : "category-not-allowed";
  }
  if (!geheel.toegestaan) return geheel.reden;
  const besluit = beslis({ principal, categorie, eigenaar, basis });
  return besluit.toegestaan ? "toegestaan" : besluit.reden;
}

beforeAll(async () => {
  hub = await startHubForTest(1);
}, 300_000);

afterAll(async () => {
  await hub?.close();
});

describe("the access matrix", () => {
  it("gives every (organisation, role, regime, consent, category) the decision the policy promises, through the gateway", async () => {
    const categorieVan = new Map(VELDEN.map((v) => [v.veld, categorieInSupergraph(v.veld)]));
    const vt: Principal = { userId: "vt-marco-jansen", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER };
    const gedekt = new Set<string>();
    const afwijkingen: string[] = [];
    let vergelijkingen = 0;
    for (const aanvrager of Object.values(DemoOrganisatie)) {
      for (const regime of REGIMES) {
        if (regime === Regime.ROOD && aanvrager !== DemoOrganisatie.GI) continue; // red is the GI's regime only
        for (const toestemming of TOESTEMMINGEN) {
          const huishouden = await maakHuishouden(aanvrager, regime, toestemming);
          // A melding makes Veilig Thuis involved (orange) from its date: made yesterday and closed the same day, it leaves
          // each regime under test as it is for today, and the model holds the involvement it made (the tandem reads it).
          const gisteren = plusDagen(vandaag(), -1);
          const { registreerMelding } = await ok<{ registreerMelding: { id: string } }>(vt, `mutation($g: ID!, $d: Datum!) { registreerMelding(gezinId: $g, invoer: { datum: $d, aard: KINDERMISHANDELING, omschrijving: "Zorgen van school.", melder: { naam: "J. de Melder", relatie: BEROEPSKRACHT, functie: "leerkracht" } }) { id } }`, { g: huishouden.id, d: gisteren });
          await ok(vt, `mutation($m: ID!, $d: Datum!) { sluitMeldingAf(meldingId: $m, datum: $d, status: AFGESLOTEN) { __typename } }`, { m: registreerMelding.id, d: gisteren });
          huishouden.basis.betrokkenheden.push({ organisatie: DemoOrganisatie.VEILIG_THUIS, regime: Regime.ORANJE, anoniem: false, startdatum: gisteren, einddatum: gisteren, medewerkerId: vt.userId, geinformeerdOp: null });
          const principals: Principal[] = ROLLEN.map((rol) => ({ userId: MEDEWERKERS[aanvrager][rol], organisatie: aanvrager, rol }));
          for (const principal of principals) {
            const response = await hub.requestAs(principal, QUERY, { id: huishouden.id });
            for (const { veld, eigenaar } of VELDEN) {
              const categorie = categorieVan.get(veld)!;
              const verwachting = verwacht(principal, categorie, eigenaar, huishouden.basis);
              const uitkomst = uitkomstVan(response, veld);
              vergelijkingen++;
              gedekt.add([aanvrager, principal.rol, regime, toestemming, categorie].join("|"));
              if (uitkomst !== verwachting) afwijkingen.push(`${aanvrager} ${principal.rol} ${regime} ${toestemming} ${veld}(${categorie}): expected ${verwachting}, got ${uitkomst}`);
            }
            // MELDER, nested in a melding: only where the melding itself is visible.
            const meldingen = response.data?.gezin?.meldingen as Array<{ melder: unknown }> | null | undefined;
            if (meldingen?.length) {
              const verwachting = verwacht(principal, Gegevenscategorie.MELDER, DemoOrganisatie.VEILIG_THUIS, huishouden.basis);
              const uitkomst = meldingen[0]!.melder !== null ? "toegestaan" : (response.errors?.find((e) => e.path?.join(".").startsWith("gezin.meldingen") && e.extensions?.categorie === "MELDER")?.extensions?.reden ?? "onverklaard");
              vergelijkingen++;
              gedekt.add([aanvrager, principal.rol, regime, toestemming, Gegevenscategorie.MELDER].join("|"));
              if (uitkomst !== verwachting) afwijkingen.push(`${aanvrager} ${principal.rol} ${regime} ${toestemming} melder(MELDER): expected ${verwachting}, got ${uitkomst}`);
            }
          }
          // The household itself (role INWONER): its own dossier minus protected fields.
          const inwoner: Principal = { userId: `inwoner-${huishouden.bsn}`, organisatie: null, rol: Rol.INWONER, bsn: huishouden.bsn };
          const eigen = await hub.requestAs(inwoner, QUERY, { id: huishouden.id });
          for (const { veld, eigenaar } of VELDEN) {
            const categorie = categorieVan.get(veld)!;
            const verwachting = verwacht(inwoner, categorie, eigenaar, huishouden.basis);
            const uitkomst = uitkomstVan(eigen, veld);
            vergelijkingen++;
            gedekt.add(["INWONER", Rol.INWONER, regime, toestemming, categorie].join("|"));
            if (uitkomst !== verwachting) afwijkingen.push(`INWONER ${regime} ${toestemming} ${veld}(${categorie}): expected ${verwachting}, got ${uitkomst}`);
          }
        }
      }
    }
    console.log(`access matrix: ${gedekt.size} (organisation, role, regime, consent, category) combinations, ${vergelijkingen} field decisions compared end to end`);
    expect(afwijkingen).toEqual([]);
    expect(gedekt.size).toBeGreaterThan(1500);
  }, 600_000);
});
