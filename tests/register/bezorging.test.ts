import { randomUUID } from "node:crypto";
import { lokaalTeam } from "@gezinsbeeld/lokaal-team";
import {
  AANKONDIGINGEN_PAD,
  aankondigingSleutel,
  databaseUrlFor,
  Intensiteit,
  kondigAan,
  type Principal,
  Regime,
  Rol,
  type RunningSubgraph,
  startSubgraph,
  tekenLevering,
  vandaag,
} from "@gezinsbeeld/shared-schema";
import { DemoOrganisatie, demoScenario } from "@gezinsbeeld/demo";
import { veiligThuis } from "@gezinsbeeld/veilig-thuis";
import { startPartnerForTest, testDatabaseServer, type PartnerUnderTest } from "../support/subgraph";

// The register follows the work (issue 8, class 2): a record and its announcement commit together in the
// organisation's own database, and reach the register at least once, once only, in order, across an outage.

const scenario = demoScenario(8);
let vt: PartnerUnderTest;
/** The register as it runs now: restarted in the middle of the test. */
let register: RunningSubgraph;

const teamleider: Principal = { userId: "vt-test-teamleider", organisatie: DemoOrganisatie.VEILIG_THUIS, rol: Rol.TEAMLEIDER };
const MELDING = `mutation($g: ID!, $i: MeldingInvoer!) { registreerMelding(gezinId: $g, invoer: $i) { id } }`;
const melding = (gezinId: string): Record<string, unknown> => ({
  g: gezinId,
  i: { datum: vandaag(), aard: "KINDERMISHANDELING", omschrijving: "Blauwe plekken gezien op school." },
});

beforeAll(async () => {
  vt = await startPartnerForTest(veiligThuis, { seed: scenario });
  register = vt.register;
});
afterAll(async () => {
  // The restarted register first: its connections would keep the database from being dropped.
  if (register !== vt?.register) await register?.stop().catch(() => undefined);
  await vt?.close().catch(() => undefined);
});

const onbezorgd = async (): Promise<number> => ((await vt.db.query(`SELECT count(*)::int AS n FROM aankondiging_uit WHERE afgeleverd IS NULL`)) as [{ n: number }])[0].n;

async function totAllesBezorgd(ms = 30_000): Promise<void> {
  const tot = Date.now() + ms;
  while ((await onbezorgd()) > 0) {
    if (Date.now() > tot) throw new Error("the outbox was not delivered in time");
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("registers a melding and reads it back at once: its involvement counts on the very next request", async () => {
  const gezin = scenario.gezinnen.find((g) => !g.mijlpalen.meldingOp)!;
  const geregistreerd = await vt.request(MELDING, melding(gezin.id), teamleider);
  expect(geregistreerd.errors).toBeUndefined();
  const id = geregistreerd.data!.registreerMelding.id as string;
  const gelezen = await vt.request(`query($id: ID!) { melding(id: $id) { datum aard status } }`, { id }, teamleider);
  expect(gelezen.errors).toBeUndefined();
  expect(gelezen.data?.melding).toMatchObject({ aard: "KINDERMISHANDELING", status: "ONTVANGEN" });
  const rijen = (await register.db.query(`SELECT organisatie, regime, "medewerkerId", "bronType" FROM betrokkenheid WHERE "bronId" = $1`, [id])) as unknown[];
  expect(rijen).toEqual([{ organisatie: "VEILIG_THUIS", regime: "ORANJE", medewerkerId: teamleider.userId, bronType: "Melding" }]);
});

it("finds every involvement exactly once after the register was stopped in the middle of a stream of mutations", async () => {
  const gezinnen = scenario.gezinnen.slice(0, 6);
  const uitkomsten: string[] = [];
  let herstart = Number.POSITIVE_INFINITY;
  let naHerstart = 0;
  let stoppen!: () => void;
  const halverwege = new Promise<void>((resolve) => (stoppen = resolve));
  // Four writers, twelve mutations each at least, round the households, and on until a second after the
  // register is back (however fast a refused mutation returns): before, during and after the outage.
  const stroom = Promise.all(
    [0, 1, 2, 3].map(async (schrijver) => {
      for (let i = 0; i < 12 || (Date.now() < herstart + 1000 && i < 400); i++) {
        const antwoord = await vt.request(MELDING, melding(gezinnen[(schrijver + i) % gezinnen.length]!.id), teamleider).catch(() => ({ errors: [{ extensions: { code: "VERBINDING" } }] }));
        uitkomsten.push(antwoord.errors ? String(antwoord.errors[0]?.extensions?.code) : "OK");
        if (!antwoord.errors && Date.now() > herstart) naHerstart += 1;
        if (uitkomsten.length === 10) stoppen();
        // Spread over the outage: the stream goes on before, during and after it.
        await new Promise((r) => setTimeout(r, 40));
      }
    }),
  );
  await halverwege;
  const poort = new URL(register.url).port;
  await register.stop();
  // While it is down: records committed in Veilig Thuis' own transactions (as a mutation decided just before
  // the outage would), each with its announcement. Mutations meanwhile are refused: no decision, no write.
  const tijdensUitval: string[] = [];
  for (const gezin of gezinnen.slice(0, 3)) {
    const recordId = randomUUID();
    tijdensUitval.push(recordId);
    await vt.db.transaction((manager) =>
      kondigAan(manager, {
        gezinId: gezin.id,
        record: { type: "Melding", id: recordId },
        betrokkenheid: { regime: Regime.ORANJE, intensiteit: Intensiteit.ZWAAR, anoniem: false, startdatum: vandaag(), einddatum: null, medewerkerId: teamleider.userId },
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 500));
  expect(await onbezorgd()).toBeGreaterThanOrEqual(3);
  herstart = Date.now();
  register = await startSubgraph(lokaalTeam, { databaseUrl: databaseUrlFor(testDatabaseServer(), vt.register.databaseName), port: Number(poort), gatewayPublicKey: vt.keys.gatewayPublicKey });
  await stroom;
  await totAllesBezorgd();

  expect(uitkomsten).toContain("OK");
  expect(uitkomsten).toContain("TOEGANG_ONBEKEND");
  expect(naHerstart).toBeGreaterThan(0);
  expect(uitkomsten.every((u) => u === "OK" || u === "TOEGANG_ONBEKEND" || u === "VERBINDING")).toBe(true);
  // Every announced record of Veilig Thuis has exactly one involvement in the register, and nothing else does.
  const aangekondigd = ((await vt.db.query(`SELECT DISTINCT inhoud->'record'->>'id' AS id FROM aankondiging_uit WHERE inhoud ? 'betrokkenheid'`)) as Array<{ id: string }>).map((r) => r.id);
  expect(aangekondigd).toEqual(expect.arrayContaining(tijdensUitval));
  const inRegister = (await register.db.query(`SELECT "bronId" AS id, count(*)::int AS n FROM betrokkenheid WHERE organisatie = 'VEILIG_THUIS' AND "bronId" IS NOT NULL GROUP BY "bronId"`)) as Array<{ id: string; n: number }>;
  expect(inRegister.every((r) => r.n === 1)).toBe(true);
  expect(inRegister.map((r) => r.id).sort()).toEqual([...aangekondigd].sort());
  // Each sequence number was taken once; the outage made some deliveries take more than one attempt.
  const ontvangen = (await register.db.query(`SELECT count(*)::int AS n, count(DISTINCT volgnummer)::int AS d FROM aankondiging_in WHERE bron = 'VEILIG_THUIS'`)) as [{ n: number; d: number }];
  expect(ontvangen[0].n).toBe(ontvangen[0].d);
  const [{ herhaald }] = (await vt.db.query(`SELECT count(*)::int AS herhaald FROM aankondiging_uit WHERE pogingen > 1`)) as [{ herhaald: number }];
  expect(herhaald).toBeGreaterThan(0);
}, 120_000);

it("changes nothing when the same announcement is delivered ten more times; refuses a delivery nobody signed, or signed for another body", async () => {
  const [rij] = (await vt.db.query(`SELECT volgnummer::text AS volgnummer, inhoud FROM aankondiging_uit WHERE afgeleverd IS NOT NULL AND inhoud ? 'betrokkenheid' ORDER BY volgnummer LIMIT 1`)) as Array<{ volgnummer: string; inhoud: any }>;
  expect(rij).toBeDefined();
  const tel = async (): Promise<Record<string, number>> => {
    const [r] = (await register.db.query(
      `SELECT (SELECT count(*) FROM betrokkenheid)::int AS betrokkenheden, (SELECT count(*) FROM signaal)::int AS signalen, (SELECT count(*) FROM tijdlijnregel)::int AS tijdlijn, (SELECT count(*) FROM aankondiging_in)::int AS ontvangen`,
    )) as [Record<string, number>];
    return r;
  };
  const voor = await tel();
  const sleutel = await aankondigingSleutel(DemoOrganisatie.VEILIG_THUIS);
  const doel = new URL(AANKONDIGINGEN_PAD, register.url);
  const body = JSON.stringify({ aankondigingen: [{ volgnummer: rij!.volgnummer, aankondiging: rij!.inhoud }] });
  for (let i = 0; i < 10; i++) {
    const antwoord = await fetch(doel, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await tekenLevering(DemoOrganisatie.VEILIG_THUIS, body, sleutel)}` }, body });
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ nieuw: 0, herhaald: 1 });
  }
  expect(await tel()).toEqual(voor);
  const [betrokken] = (await register.db.query(`SELECT count(*)::int AS n FROM betrokkenheid WHERE "bronId" = $1`, [rij!.inhoud.record.id])) as [{ n: number }];
  expect(betrokken.n).toBe(1);

  // Unsigned, signed for another body, or claiming another organisation: 401, nothing taken.
  const ander = JSON.stringify({ aankondigingen: [{ volgnummer: "999999", aankondiging: { ...rij!.inhoud, record: { type: "Melding", id: randomUUID() } } }] });
  const zonder = await fetch(doel, { method: "POST", headers: { "content-type": "application/json" }, body: ander });
  expect(zonder.status).toBe(401);
  const verkeerdeBody = await fetch(doel, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await tekenLevering(DemoOrganisatie.VEILIG_THUIS, body, sleutel)}` }, body: ander });
  expect(verkeerdeBody.status).toBe(401);
  const andereOrganisatie = await fetch(doel, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await tekenLevering(DemoOrganisatie.GI, ander, sleutel)}` }, body: ander });
  expect(andereOrganisatie.status).toBe(401);
  expect(await tel()).toEqual(voor);
});
